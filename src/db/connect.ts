/**
 * "Use DATABASE_URL, or start the embedded PostgreSQL": the one way every
 * command (npm start, npm run import) reaches its database.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Config } from '../config';
import { ensureDatabase } from './database';
import { blockedFor, EmbeddedServer, startEmbedded } from './embedded';

/** The database of `npm start` on the embedded server. */
export const EMBEDDED_DATABASE = 'kinerja';

export interface Connection {
  url: string;
  /** Set when this process started the embedded server: stop it when done. */
  embedded?: EmbeddedServer;
  /** For banners: where the data is, without any password. */
  description: string;
}

/** The URL with its password replaced by ***. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * The embedded server's data folder: EMBEDDED_PG_DIR, or .data/postgres in
 * the project, or, when the server's OS user cannot reach the project (root
 * in a 0700 folder), a folder of the OS temp directory named after the
 * project's path, so that every command of this checkout finds the same data.
 */
export function embeddedDataDir(config: Config): string {
  if (config.embeddedDataDirSet || blockedFor(config.embeddedDataDir).length === 0) return config.embeddedDataDir;
  const key = crypto.createHash('sha256').update(config.embeddedDataDir).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `bpjstk-kinerja-${key}`, 'postgres');
}

/**
 * DATABASE_URL when set; else the embedded server on its data folder
 * (embeddedDataDir), started now, with its database created if missing.
 */
export async function connectDatabase(config: Config, options: { onStarting?: (dataDir: string) => void } = {}): Promise<Connection> {
  if (config.databaseUrl) return { url: config.databaseUrl, description: `PostgreSQL at ${redact(config.databaseUrl)}` };
  const dataDir = embeddedDataDir(config);
  options.onStarting?.(dataDir);
  // a failure says why, with the server's last lines (the launcher's error), or what to do (DataDirUnreachableError)
  const embedded = await startEmbedded({ dataDir, port: config.embeddedPort });
  try {
    return {
      url: await ensureDatabase(embedded.url(), EMBEDDED_DATABASE),
      embedded,
      description: `embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${embedded.dataDir}`,
    };
  } catch (e) {
    await embedded.stop();
    throw e;
  }
}
