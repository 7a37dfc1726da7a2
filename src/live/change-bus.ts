/**
 * How every API process learns what another one wrote: PostgreSQL
 * LISTEN/NOTIFY on the primary (no other server needed), or Redis pub/sub
 * when REDIS_URL is set (no long-lived connection held on the primary per
 * process, and it reaches processes of other databases' replicas alike).
 *
 * A message names what a committed write changed (offices, metrics, years),
 * the primary's WAL position after the commit (a subscription's new figures
 * are read where that position has been replayed) and the data version. Every
 * process hears every message, its own included. A message too large for
 * NOTIFY (8000 bytes) says "everything" instead: subscriptions then check
 * their figures, and push only those that changed.
 *
 * A listener that lost its connection may have missed messages: once it is
 * back it tells its process "everything" (the same check, once).
 */
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { Logger } from 'pino';
import type { Orm } from '../db/database';
import { isLsn } from '../db/replicas';
import { FactTouch } from '../fact/fact.events';

export const CHANNEL = 'kinerja_changes';

/** NOTIFY's payload limit is 8000 bytes; keep under it with room for the envelope. */
const MAX_PAYLOAD_BYTES = 7_500;

export interface LiveChange {
  /** What changed; absent: anything may have (the tree, a large batch, a reconnect). */
  touched?: readonly FactTouch[];
  /** The primary's WAL position once the change had committed. */
  lsn?: string;
  /** The data version once it had committed (src/db/data-version.ts). */
  version?: string;
}

export interface ChangeBus {
  readonly kind: 'postgres' | 'redis';
  /** Listening: resolves once messages can be heard. */
  start(): Promise<void>;
  publish(change: LiveChange): Promise<void>;
  onChange(listener: (change: LiveChange) => void): void;
  close(): Promise<void>;
}

/** The message's text: with what changed when it fits, else without (meaning "anything"). */
export function encodeChange(change: LiveChange): string {
  const full = JSON.stringify({ t: change.touched?.map((t) => [t.unit, t.metric, t.year]), l: change.lsn, v: change.version });
  if (Buffer.byteLength(full) <= MAX_PAYLOAD_BYTES) return full;
  return JSON.stringify({ l: change.lsn, v: change.version });
}

/**
 * The change a message tells of, or null for a message that is not one of ours. Anyone who may
 * connect to the database may NOTIFY on the channel: nothing in a message is trusted further than
 * its shape (an LSN, a whole number, lists of codes and years).
 */
export function decodeChange(text: string): LiveChange | null {
  let m: { t?: unknown; l?: unknown; v?: unknown };
  try {
    m = JSON.parse(text) as typeof m;
  } catch {
    return null;
  }
  if (!m || typeof m !== 'object') return null;
  if (m.l !== undefined && !(typeof m.l === 'string' && isLsn(m.l))) return null;
  if (m.v !== undefined && !(typeof m.v === 'string' && /^\d{1,19}$/.test(m.v))) return null;
  let touched: FactTouch[] | undefined;
  if (m.t !== undefined && m.t !== null) {
    if (!Array.isArray(m.t)) return null;
    touched = [];
    for (const t of m.t as unknown[]) {
      if (!Array.isArray(t) || typeof t[0] !== 'string' || typeof t[1] !== 'string' || !Number.isInteger(t[2])) return null;
      touched.push({ unit: t[0], metric: t[1], year: t[2] as number });
    }
  }
  return { touched, lsn: m.l as string | undefined, version: m.v as string | undefined };
}

abstract class Bus {
  private readonly listeners: ((change: LiveChange) => void)[] = [];

  constructor(protected readonly logger: Logger) {}

  onChange(listener: (change: LiveChange) => void): void {
    this.listeners.push(listener);
  }

  protected deliver(text: string): void {
    const change = decodeChange(text);
    if (!change) return this.logger.warn({ channel: CHANNEL }, 'live updates: a message that is not ours was ignored');
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (e) {
        this.logger.error({ err: e }, 'live updates: a message could not be handled');
      }
    }
  }

  /** After a reconnect: messages may have been missed, so anything may have changed. */
  protected missedSome(): void {
    for (const listener of this.listeners) listener({});
  }
}

/** LISTEN on one dedicated connection to the primary; NOTIFY through the pool. */
export class PostgresChangeBus extends Bus implements ChangeBus {
  readonly kind = 'postgres';
  private client?: Client;
  private closed = false;
  private retryMs = 500;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    /** The primary's pool, which sends the NOTIFYs (after the write's commit). */
    private readonly orm: Orm,
    logger: Logger,
  ) {
    super(logger);
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5_000 });
    client.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) this.deliver(n.payload);
    });
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (e) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw e;
    }
    this.client = client;
    this.retryMs = 500;
  }

  private lost(client: Client, error: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    this.logger.warn({ reason: error.message }, 'live updates: the LISTEN connection to PostgreSQL was lost; reconnecting');
    this.reconnect();
  }

  private reconnect(): void {
    if (this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.connect().then(
        () => {
          this.logger.info('live updates: listening to PostgreSQL again');
          this.missedSome();
        },
        () => {
          this.retryMs = Math.min(this.retryMs * 2, 10_000);
          this.reconnect();
        },
      );
    }, this.retryMs);
    this.retryTimer.unref();
  }

  async publish(change: LiveChange): Promise<void> {
    await this.orm.em
      .fork()
      .getConnection()
      .execute('select pg_notify(?, ?)', [CHANNEL, encodeChange(change)]);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}

/** SUBSCRIBE on one Redis connection, PUBLISH on another (a subscribed connection can do nothing else). */
export class RedisChangeBus extends Bus implements ChangeBus {
  readonly kind = 'redis';
  private readonly sub: Redis;
  private readonly pub: Redis;
  private ready = false;

  constructor(url: string, logger: Logger) {
    super(logger);
    const options = { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5_000 };
    this.sub = new Redis(url, options);
    this.pub = new Redis(url, options);
    for (const [name, conn] of [
      ['subscriber', this.sub],
      ['publisher', this.pub],
    ] as const) {
      // ioredis reconnects by itself; without a listener an 'error' would end the process
      conn.on('error', (e: Error) => this.logger.warn({ connection: name, reason: e.message }, 'live updates: Redis error'));
    }
    this.sub.on('message', (channel: string, message: string) => {
      if (channel === CHANNEL) this.deliver(message);
    });
    this.sub.on('ready', () => {
      if (this.ready) {
        this.logger.info('live updates: subscribed to Redis again');
        this.missedSome();
      }
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.sub.connect(), this.pub.connect()]);
    await this.sub.subscribe(CHANNEL);
    this.ready = true;
  }

  async publish(change: LiveChange): Promise<void> {
    await this.pub.publish(CHANNEL, encodeChange(change));
  }

  async close(): Promise<void> {
    this.sub.disconnect();
    this.pub.disconnect();
  }
}
