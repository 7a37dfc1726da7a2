/**
 * The only reader of process.env. Everything else receives a Config.
 */
import path from 'node:path';
import { LOG_LEVELS, LogLevel } from './log';

/** Megabytes of cached answers unless RESPONSE_CACHE_MB says otherwise. */
export const DEFAULT_RESPONSE_CACHE_MB = 64;
/** Each SQL statement of the serving process is cancelled after this long (TIMEOUT, HTTP 503). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
/** A query's answer within this many ms, or TIMEOUT (a write is never cut: it ends on its own limits). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** Characters a fact's or a deletion's note may have. */
export const DEFAULT_MAX_NOTE_LENGTH = 1_000;
/** A write waits this long for a lock another writer holds before it is refused as busy (SERVICE_UNAVAILABLE, HTTP 503). */
export const DEFAULT_LOCK_TIMEOUT_MS = 10_000;
/** Connections of the API's pool, and how long a request waits for one before SERVICE_UNAVAILABLE (HTTP 503). */
export const DEFAULT_POOL_MAX = 10;
export const DEFAULT_POOL_ACQUIRE_TIMEOUT_MS = 10_000;
/** On SIGTERM or SIGINT, requests in flight get this long to finish before their connections close. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** The most one query may cost by the cost model (src/graphql/cost.ts): dashboard.graphql costs about a third of it. */
export const DEFAULT_MAX_QUERY_COST = 500_000;

/** A replica further behind than this serves no reads (REPLICA_MAX_LAG_MS). */
export const DEFAULT_REPLICA_MAX_LAG_MS = 5_000;
/** How often the replicas' replay positions and the primary's WAL position are read (REPLICA_CHECK_INTERVAL_MS). */
export const DEFAULT_REPLICA_CHECK_INTERVAL_MS = 1_000;
/** A subscription is pushed at most once per window, whatever the size of the burst of writes (SUBSCRIPTION_WINDOW_MS). */
export const DEFAULT_SUBSCRIPTION_WINDOW_MS = 200;
/** How often each process reads the data version for changes no message told of (LIVE_POLL_MS). */
export const DEFAULT_LIVE_POLL_MS = 5_000;
/** Subscriptions one WebSocket may hold at once (SUBSCRIPTIONS_PER_CONNECTION). */
export const DEFAULT_SUBSCRIPTIONS_PER_CONNECTION = 20;

export type AuthMode = 'demo' | 'required';

export interface AuthConfig {
  /** demo: anonymous reads allowed (said in the banner); required: every request needs a bearer token. */
  mode: AuthMode;
  /** HS256 secret for verifying (and, with npm run token, minting) tokens. */
  jwtSecret: string | undefined;
  /** Or: a JWKS endpoint with the signing keys. */
  jwksUrl: string | undefined;
  /** When set, a token's `iss` and `aud` must be these. */
  issuer?: string;
  audience?: string;
  /** The longest a token may still be valid, in hours: a token must carry `exp`, at most this far ahead. */
  maxTokenHours?: number;
}

/** The longest a token may live (npm run token mints at most 720 hours). */
export const DEFAULT_MAX_TOKEN_HOURS = 720;

export interface Config {
  /** PostgreSQL server to use; when absent an embedded server is started. */
  databaseUrl: string | undefined;
  /** Where the embedded server keeps its data (only without DATABASE_URL). */
  embeddedDataDir: string;
  /** Whether EMBEDDED_PG_DIR chose it; the default may move to a folder the server's OS user can reach. */
  embeddedDataDirSet: boolean;
  /** Port of the embedded server; 0 picks a free one. */
  embeddedPort: number;
  port: number;
  host: string;
  /** Load the demo figures (press figures + synthetic 2023-2024) into an empty database. */
  demoData: boolean;
  nodeEnv: string;
  auth: AuthConfig;
  /** Hard limits on what one request may cost. */
  limits: { maxDepth: number; maxFields: number; maxCost: number };
  /** Megabytes of answers kept in memory, keyed by the data version (src/graphql/response-cache.ts); 0 turns it off. */
  responseCacheMb: number;
  /** Time limits of the serving process's SQL sessions, in ms; 0 for none. */
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  /** What a query may take from its arrival to its answer, in ms; 0 for no limit. */
  requestTimeoutMs: number;
  /** Characters a note may have. */
  maxNoteLength: number;
  /** Origins whose browsers may call the API (CORS), e.g. https://dashboard.example.go.id; none by default. */
  corsOrigins: string[];
  /** The log's level (LOG_LEVEL) and form: JSON lines, or readable lines (pino-pretty) in development. */
  logLevel: LogLevel;
  logFormat: 'json' | 'pretty';
  /** GET /metrics (METRICS=off turns it off), and the bearer token it needs when METRICS_TOKEN is set. */
  metrics: { enabled: boolean; token?: string };
  /** What a stop lets requests in flight finish in, in ms. */
  shutdownGraceMs: number;
  poolMax: number;
  poolAcquireTimeoutMs: number;
  /** Streaming replicas that serve reads (DATABASE_REPLICA_URLS), and when one is skipped (src/db/replicas.ts). */
  replicas: { urls: string[]; maxLagMs: number; checkIntervalMs: number };
  /** Redis for telling the other API processes what changed (REDIS_URL); PostgreSQL LISTEN/NOTIFY without it. */
  redisUrl: string | undefined;
  /** Live updates (src/live/): on or off (LIVE_UPDATES), the coalescing window, the subscriptions one connection may hold, the safety poll. */
  subscriptions: { enabled: boolean; windowMs: number; perConnection: number; pollMs: number };
}

function parseChoice<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new Error(`${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

/** CORS_ORIGINS: comma-separated origins (scheme, host and port, no path), or * for any. */
function parseOrigins(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const o of origins) {
    if (o === '*') continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(o);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== o) {
      throw new Error(
        `CORS_ORIGINS must list origins such as https://dashboard.example.go.id (no path, no trailing slash), got ${JSON.stringify(o)}`,
      );
    }
  }
  return origins;
}

/** DATABASE_REPLICA_URLS: comma-separated PostgreSQL URLs, only beside DATABASE_URL (the primary). */
function parseReplicaUrls(value: string | undefined, primary: string | undefined): string[] {
  const urls = (value ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  if (urls.length > 0 && !primary)
    throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL: the replicas follow a primary, which the embedded PostgreSQL is not');
  for (const u of urls) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(u);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^postgres(ql)?:$/.test(parsed.protocol))
      throw new Error(
        `DATABASE_REPLICA_URLS must list postgresql:// URLs separated by commas, got ${JSON.stringify(u.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'))}`,
      );
  }
  return urls;
}

/** REDIS_URL: a redis:// or rediss:// URL. */
function parseRedisUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^rediss?:$/.test(parsed.protocol)) throw new Error('REDIS_URL must be a redis:// or rediss:// URL');
  return value;
}

function parseBool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false, got ${JSON.stringify(value)}`);
}

function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new Error(`${name} must be a port number from 0 to 65535, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

function parseWhole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new Error(`${name} must be a whole number above 0, got ${JSON.stringify(value)}`);
  return Number(value);
}

function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^(0|[1-9]\d{0,5})$/.test(value)) throw new Error(`${name} must be a whole number from 0, got ${JSON.stringify(value)}`);
  return Number(value);
}

function authConfig(env: NodeJS.ProcessEnv, embedded: boolean, nodeEnv: string): AuthConfig {
  const mode = (env.AUTH_MODE || (embedded && nodeEnv !== 'production' ? 'demo' : 'required')) as AuthMode;
  if (mode !== 'demo' && mode !== 'required') throw new Error(`AUTH_MODE must be demo or required, got ${JSON.stringify(env.AUTH_MODE)}`);
  const jwtSecret = env.JWT_SECRET || undefined;
  const jwksUrl = env.JWKS_URL || undefined;
  if (jwtSecret !== undefined && Buffer.byteLength(jwtSecret) < 32) {
    throw new Error('JWT_SECRET must be at least 32 bytes long (HS256 needs a 256-bit key)');
  }
  return {
    mode,
    jwtSecret,
    jwksUrl,
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
    maxTokenHours: parseWhole('TOKEN_MAX_HOURS', env.TOKEN_MAX_HOURS, DEFAULT_MAX_TOKEN_HOURS),
  };
}

/**
 * What serving requests needs beyond loadConfig (commands such as the CSV
 * import do not serve, so they do not need a token key).
 */
export function checkServerConfig(config: Config): void {
  if (config.nodeEnv === 'production') {
    if (config.auth.mode === 'demo') throw new Error('NODE_ENV=production refuses AUTH_MODE=demo: anonymous reads are for demos only');
    if (!config.auth.jwtSecret && !config.auth.jwksUrl)
      throw new Error('NODE_ENV=production needs JWT_SECRET or JWKS_URL to verify tokens');
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const nodeEnv = env.NODE_ENV || 'development';
  return {
    databaseUrl,
    embeddedDataDir: path.resolve(cwd, env.EMBEDDED_PG_DIR || '.data/postgres'),
    embeddedDataDirSet: Boolean(env.EMBEDDED_PG_DIR),
    embeddedPort: parsePort('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 0),
    port: parsePort('PORT', env.PORT, 4000),
    host: env.HOST || 'localhost',
    // Demo figures by default only on the embedded database; a real server gets them on request.
    demoData: parseBool('DEMO_DATA', env.DEMO_DATA, databaseUrl === undefined),
    nodeEnv,
    auth: authConfig(env, databaseUrl === undefined, nodeEnv),
    limits: {
      maxDepth: parseWhole('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, 15),
      maxFields: parseWhole('MAX_QUERY_FIELDS', env.MAX_QUERY_FIELDS, 2_000),
      maxCost: parseWhole('MAX_QUERY_COST', env.MAX_QUERY_COST, DEFAULT_MAX_QUERY_COST),
    },
    responseCacheMb: parseCount('RESPONSE_CACHE_MB', env.RESPONSE_CACHE_MB, DEFAULT_RESPONSE_CACHE_MB),
    statementTimeoutMs: parseCount('STATEMENT_TIMEOUT_MS', env.STATEMENT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS),
    lockTimeoutMs: parseCount('LOCK_TIMEOUT_MS', env.LOCK_TIMEOUT_MS, DEFAULT_LOCK_TIMEOUT_MS),
    requestTimeoutMs: parseCount('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS),
    maxNoteLength: parseWhole('MAX_NOTE_LENGTH', env.MAX_NOTE_LENGTH, DEFAULT_MAX_NOTE_LENGTH),
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    logLevel: parseChoice('LOG_LEVEL', env.LOG_LEVEL, LOG_LEVELS, 'info'),
    metrics: { enabled: parseBool('METRICS', env.METRICS, true), token: env.METRICS_TOKEN || undefined },
    logFormat: parseChoice('LOG_FORMAT', env.LOG_FORMAT, ['json', 'pretty'] as const, nodeEnv === 'production' ? 'json' : 'pretty'),
    shutdownGraceMs: parseCount('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, DEFAULT_SHUTDOWN_GRACE_MS),
    poolMax: parseWhole('POOL_MAX', env.POOL_MAX, DEFAULT_POOL_MAX),
    poolAcquireTimeoutMs: parseWhole('POOL_ACQUIRE_TIMEOUT_MS', env.POOL_ACQUIRE_TIMEOUT_MS, DEFAULT_POOL_ACQUIRE_TIMEOUT_MS),
    replicas: {
      urls: parseReplicaUrls(env.DATABASE_REPLICA_URLS, databaseUrl),
      maxLagMs: parseWhole('REPLICA_MAX_LAG_MS', env.REPLICA_MAX_LAG_MS, DEFAULT_REPLICA_MAX_LAG_MS),
      checkIntervalMs: parseWhole('REPLICA_CHECK_INTERVAL_MS', env.REPLICA_CHECK_INTERVAL_MS, DEFAULT_REPLICA_CHECK_INTERVAL_MS),
    },
    redisUrl: parseRedisUrl(env.REDIS_URL),
    subscriptions: {
      enabled: parseBool('LIVE_UPDATES', env.LIVE_UPDATES, true),
      pollMs: parseWhole('LIVE_POLL_MS', env.LIVE_POLL_MS, DEFAULT_LIVE_POLL_MS),
      windowMs: parseWhole('SUBSCRIPTION_WINDOW_MS', env.SUBSCRIPTION_WINDOW_MS, DEFAULT_SUBSCRIPTION_WINDOW_MS),
      perConnection: parseWhole('SUBSCRIPTIONS_PER_CONNECTION', env.SUBSCRIPTIONS_PER_CONNECTION, DEFAULT_SUBSCRIPTIONS_PER_CONNECTION),
    },
  };
}
