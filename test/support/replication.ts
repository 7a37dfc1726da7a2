/**
 * A real PostgreSQL primary with a streaming replica, for tests of reads that
 * go to a replica (lag, replay paused, replica down). It uses the machine's
 * Debian PostgreSQL binaries (`pg_config --bindir`), never the server already
 * running on port 5432: each pair is a fresh cluster made with initdb, with
 * its data, logs and unix sockets in a folder of the OS temp directory,
 * listening on two free loopback ports, removed again by close().
 *
 * PostgreSQL refuses to run as root, and the tests run as root in CI, so as
 * root every PostgreSQL program runs as the OS user `postgres` (runuser, or su
 * when runuser is missing), and the temp folder is handed to that user: the
 * checkout itself may sit in a folder that user cannot enter.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from '../../src/db/embedded';

const exec = promisify(execFile);

const OS_USER = 'postgres';
const TOOLS = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'];
const INSTALL_HINT = 'install the PostgreSQL server with `apt-get install -y postgresql` (Debian package)';

export interface ReplicaPair {
  /** postgresql://postgres@127.0.0.1:<port>/postgres of the primary, and of the replica. */
  primaryUrl: string;
  replicaUrl: string;
  /** Stops applying WAL on the replica, and waits until it has really stopped (the state is 'paused', not 'pause requested'). */
  pauseReplay(): Promise<void>;
  /** Applies WAL again. */
  resumeReplay(): Promise<void>;
  /** Waits until the replica has replayed everything the primary has written so far; throws after 10 s. */
  caughtUp(): Promise<void>;
  /** Stops the replica (fast shutdown), and waits until it is down. */
  stopReplica(): Promise<void>;
  /** Starts the replica again, and waits until it accepts connections and is in recovery. */
  startReplica(): Promise<void>;
  /** Stops both servers and removes their folders. Safe to call twice. */
  close(): Promise<void>;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The first executable called `name` on PATH (and in the sbin folders, which a non-login root PATH may lack). */
function which(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/sbin', '/usr/bin', '/bin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

const hasTools = (dir: string) => TOOLS.every((tool) => fs.existsSync(path.join(dir, tool)));

/**
 * The folder of initdb, pg_ctl, pg_basebackup and postgres. pg_config comes
 * from libpq-dev too, whose bindir may be a version without a server: then
 * the newest /usr/lib/postgresql/<version>/bin that has them all.
 */
function findBinDir(): { dir: string } | { missing: string } {
  const pgConfig = which('pg_config');
  if (!pgConfig) return { missing: `pg_config was not found on PATH: ${INSTALL_HINT}` };
  let bindir: string;
  try {
    bindir = execFileSync(pgConfig, ['--bindir'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch (e) {
    return { missing: `\`pg_config --bindir\` failed (${(e as Error).message})` };
  }
  if (hasTools(bindir)) return { dir: bindir };
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    if (hasTools(path.join(root, version, 'bin'))) return { dir: path.join(root, version, 'bin') };
  }
  const lacking = TOOLS.filter((tool) => !fs.existsSync(path.join(bindir, tool)));
  return { missing: `${lacking.join(', ')} not found in ${bindir} (pg_config --bindir): ${INSTALL_HINT}` };
}

/** The numeric uid and gid of the `postgres` OS user, or null when there is no such user. */
function osUser(): { uid: number; gid: number } | null {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, OS_USER], { encoding: 'utf8', timeout: 10_000 }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/** Why the harness cannot run here (no pg_config / pg_basebackup found), or null when it can. */
export function missingReplicationTools(): string | null {
  const bin = findBinDir();
  if ('missing' in bin) return bin.missing;
  if (isRoot()) {
    if (!osUser()) return `running as root, PostgreSQL must run as the OS user "${OS_USER}", and there is no such user: ${INSTALL_HINT}`;
    if (!which('runuser') && !which('su')) return `running as root, and neither runuser nor su was found to run PostgreSQL as "${OS_USER}"`;
  }
  return null;
}

/** A URL of the same server with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last `n` lines of a server log, for error messages. */
function tail(file: string, n = 20): string {
  try {
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    return `last ${Math.min(n, lines.length)} lines of ${file}:\n${lines.slice(-n).join('\n')}`;
  } catch {
    return `(no log at ${file})`;
  }
}

/** A postgresql.conf string literal. */
const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Runs one SQL statement on a fresh connection, and always ends it. */
async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface Server {
  name: 'primary' | 'replica';
  dataDir: string;
  logFile: string;
  port: number;
  url: string;
}

/**
 * Starts a fresh primary (initdb) and a replica of it (pg_basebackup over a
 * replication slot, so the primary keeps the WAL the replica has not fetched
 * while it is stopped), and resolves once the replica is in recovery.
 */
export async function startReplicaPair(options: { log?: (line: string) => void } = {}): Promise<ReplicaPair> {
  const missing = missingReplicationTools();
  if (missing) throw new Error(`cannot start a PostgreSQL primary and replica: ${missing}`);
  const bin = (findBinDir() as { dir: string }).dir;
  const log = options.log ?? (() => undefined);
  const user = isRoot() ? osUser() : null;
  const runuser = user ? which('runuser') : null;
  const su = user && !runuser ? which('su') : null;

  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-replica-'));
  if (user) fs.chownSync(base, user.uid, user.gid);
  // the children get no PG* variables of ours (PGDATA, PGPORT, PGSSLMODE... would change what they do)
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('PG')) env[key] = value;
  env.LC_ALL = 'C';

  /** Runs a PostgreSQL program, as the `postgres` OS user when we are root; throws with its output when it fails. */
  async function run(tool: string, args: string[], timeoutMs: number): Promise<void> {
    const program = path.join(bin, tool);
    let file = program;
    let argv = args;
    if (runuser) {
      file = runuser;
      argv = ['-u', OS_USER, '--', program, ...args];
    } else if (su) {
      // the program and its arguments reach the shell as "$0" "$@": nothing is parsed by a shell
      file = su;
      argv = ['-s', '/bin/sh', '-c', 'exec "$0" "$@"', '--', OS_USER, program, ...args];
    }
    log(`$ ${tool} ${args.join(' ')}`);
    try {
      // cwd: the postgres OS user may not be able to enter ours (a checkout in a 0700 folder)
      const { stdout, stderr } = await exec(file, argv, { cwd: base, env, timeout: timeoutMs, maxBuffer: 16 << 20 });
      for (const line of `${stdout}${stderr}`.split('\n')) if (line.trim()) log(line);
    } catch (e) {
      const err = e as Error & { stdout?: string; stderr?: string; killed?: boolean; signal?: string };
      const output = `${err.stdout ?? ''}${err.stderr ?? ''}`.trim();
      const why = err.killed ? `timed out after ${timeoutMs} ms` : err.message.split('\n')[0];
      throw new Error(`${tool} ${args.join(' ')} failed: ${why}${output ? `\n${output}` : ''}`, { cause: e });
    }
  }

  const server = (name: Server['name'], port: number): Server => ({
    name,
    port,
    dataDir: path.join(base, name),
    logFile: path.join(base, `${name}.log`),
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
  });

  /** pg_ctl start, and waits until the server accepts connections (and, for the replica, is in recovery). */
  async function start(s: Server): Promise<void> {
    try {
      await run('pg_ctl', ['-w', '-t', '60', '-D', s.dataDir, '-l', s.logFile, 'start'], 90_000);
      const deadline = Date.now() + 30_000;
      for (;;) {
        let last: unknown;
        try {
          const [{ recovery }] = await query<{ recovery: boolean }>(s.url, 'select pg_is_in_recovery() as recovery');
          if (recovery === (s.name === 'replica')) return;
          last = `pg_is_in_recovery() is ${recovery}`;
        } catch (e) {
          last = (e as Error).message;
        }
        if (Date.now() > deadline) throw new Error(`the ${s.name} did not become ready within 30 s (${String(last)})`);
        await sleep(50);
      }
    } catch (e) {
      throw new Error(`could not start the ${s.name} on port ${s.port}: ${(e as Error).message}\n${tail(s.logFile)}`, { cause: e });
    }
  }

  /** pg_ctl stop -m fast, or -m immediate when that fails; throws only when the server is still running after both. */
  async function stop(s: Server, mustStop: boolean): Promise<void> {
    if (!fs.existsSync(path.join(s.dataDir, 'postmaster.pid'))) return;
    try {
      await run('pg_ctl', ['-w', '-t', '30', '-D', s.dataDir, '-m', 'fast', 'stop'], 45_000);
    } catch (fast) {
      log(`fast stop of the ${s.name} failed: ${(fast as Error).message}`);
      try {
        await run('pg_ctl', ['-w', '-t', '30', '-D', s.dataDir, '-m', 'immediate', 'stop'], 45_000);
      } catch (immediate) {
        if (mustStop && fs.existsSync(path.join(s.dataDir, 'postmaster.pid'))) {
          throw new Error(`could not stop the ${s.name}: ${(immediate as Error).message}\n${tail(s.logFile)}`, { cause: immediate });
        }
      }
    }
  }

  const [primaryPort, replicaPort] = await twoPorts();
  const primary = server('primary', primaryPort);
  const replica = server('replica', replicaPort);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      process.removeListener('exit', onExit);
      try {
        await stop(replica, false);
        await stop(primary, false);
      } finally {
        fs.rmSync(base, { recursive: true, force: true });
      }
    })());
  // a test that dies without close() must not leave two servers behind
  const onExit = () => {
    for (const s of [replica, primary]) {
      if (!fs.existsSync(path.join(s.dataDir, 'postmaster.pid'))) continue;
      try {
        const file = runuser ?? su ?? path.join(bin, 'pg_ctl');
        const args = ['-D', s.dataDir, '-m', 'immediate', 'stop'];
        const argv = runuser
          ? ['-u', OS_USER, '--', path.join(bin, 'pg_ctl'), ...args]
          : su
            ? ['-s', '/bin/sh', '-c', 'exec "$0" "$@"', '--', OS_USER, path.join(bin, 'pg_ctl'), ...args]
            : args;
        execFileSync(file, argv, { cwd: base, env, stdio: 'ignore', timeout: 10_000 });
      } catch {
        // best effort: the server also stops by itself once its folder is gone
      }
    }
    fs.rmSync(base, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  const started = Date.now();
  try {
    await run('initdb', ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '-D', primary.dataDir], 120_000);
    fs.appendFileSync(
      path.join(primary.dataDir, 'postgresql.conf'),
      [
        '',
        '# test/support/replication.ts',
        "listen_addresses = '127.0.0.1'",
        `port = ${primary.port}`,
        // sockets of our own: nothing collides with the system server's /var/run/postgresql
        `unix_socket_directories = ${quote(base)}`,
        'wal_level = replica',
        'max_wal_senders = 5',
        'max_replication_slots = 5',
        'hot_standby = on',
        'fsync = off',
        'full_page_writes = off',
        'shared_buffers = 16MB',
        'max_connections = 100',
        '',
      ].join('\n'),
    );
    fs.appendFileSync(
      path.join(primary.dataDir, 'pg_hba.conf'),
      ['', 'host all all 127.0.0.1/32 trust', 'host replication all 127.0.0.1/32 trust', ''].join('\n'),
    );
    await start(primary);

    try {
      await run(
        'pg_basebackup',
        [
          ...['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', replica.dataDir],
          ...['-R', '-X', 'stream', '-c', 'fast', '--no-sync', '-C', '-S', 'kinerja_replica'],
        ],
        120_000,
      );
    } catch (e) {
      throw new Error(`${(e as Error).message}\n${tail(primary.logFile)}`, { cause: e });
    }
    // the copied postgresql.conf says the primary's port; the last setting wins
    fs.appendFileSync(path.join(replica.dataDir, 'postgresql.conf'), `\n# the replica\nport = ${replica.port}\n`);
    await start(replica);
    log(`primary on port ${primary.port} and replica on port ${replica.port} started in ${Date.now() - started} ms`);
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }

  return {
    primaryUrl: primary.url,
    replicaUrl: replica.url,

    async pauseReplay() {
      await query(replica.url, 'select pg_wal_replay_pause()');
      // 'pause requested' until the startup process gets to it
      const deadline = Date.now() + 10_000;
      for (;;) {
        const [{ state }] = await query<{ state: string }>(replica.url, 'select pg_get_wal_replay_pause_state() as state');
        if (state === 'paused') return;
        if (Date.now() > deadline)
          throw new Error(`replay on the replica did not pause within 10 s (state: ${state})\n${tail(replica.logFile)}`);
        await sleep(20);
      }
    },

    async resumeReplay() {
      await query(replica.url, 'select pg_wal_replay_resume()');
    },

    async caughtUp() {
      const [{ lsn }] = await query<{ lsn: string }>(primary.url, 'select pg_current_wal_lsn()::text as lsn');
      const client = new Client({ connectionString: replica.url, connectionTimeoutMillis: 5_000 });
      try {
        await client.connect();
        const deadline = Date.now() + 10_000;
        for (;;) {
          const { rows } = await client.query<{ done: boolean; replayed: string | null; received: string | null; pause: string }>(
            `select pg_last_wal_replay_lsn() >= $1::pg_lsn as done, pg_last_wal_replay_lsn()::text as replayed,
                    pg_last_wal_receive_lsn()::text as received, pg_get_wal_replay_pause_state() as pause`,
            [lsn],
          );
          const [r] = rows;
          if (r.done) return;
          if (Date.now() > deadline) {
            throw new Error(
              `the replica did not catch up with the primary within 10 s: primary at ${lsn}, replica received ${r.received} ` +
                `and replayed ${r.replayed} (replay: ${r.pause})\n${tail(replica.logFile)}`,
            );
          }
          await sleep(20);
        }
      } finally {
        await client.end().catch(() => undefined);
      }
    },

    async stopReplica() {
      await stop(replica, true);
    },

    async startReplica() {
      await start(replica);
    },

    close,
  };
}

/** Two distinct free ports (the OS could hand out the same one twice, once the first is closed again). */
async function twoPorts(): Promise<[number, number]> {
  const first = await freePort();
  for (;;) {
    const second = await freePort();
    if (second !== first) return [first, second];
  }
}
