/**
 * Reads on PostgreSQL streaming replicas, writes on the primary
 * (DATABASE_REPLICA_URLS). Our own routing rather than MikroORM's `replicas`
 * option: the rollups run on the pg client under the EntityManager
 * (src/db/pg-client.ts), and a request must be served by one server from its
 * first statement to its last, chosen by what the request carries (the commit
 * LSN of its client's last write) and by how far each replica is behind.
 *
 * Every REPLICA_CHECK_INTERVAL_MS the router reads the primary's WAL position
 * and each replica's replay position. A replica's lag is how old its data is:
 * 0 when it has replayed what the primary had written at this check, else the
 * time since the last check whose primary position it has replayed. Unlike
 * now() - pg_last_xact_replay_timestamp(), this does not grow on an idle
 * primary, and needs no clock shared between the servers.
 *
 * A read goes to the next replica (round robin) that answered its last check,
 * is in recovery and is at most REPLICA_MAX_LAG_MS behind, and, when the read
 * carries a commit LSN (read-your-writes), has replayed it: known from the
 * last check, or else asked at once (one statement). Otherwise the primary
 * serves it. A replica that fails a request is marked down until its next good
 * check, and the request is served again by the primary (src/http/server.ts).
 */
import { Logger } from 'pino';
import { withTimeout } from '../common/timeout';
import { Orm } from './database';

/** Which server served a request: "primary" or "replica-1", "replica-2"… (never a URL: logs and metrics carry it). */
export type ServerName = string;

export const PRIMARY: ServerName = 'primary';

/** A server a request may be served by. */
export interface Served {
  name: ServerName;
  orm: Orm;
  /** Why not a replica, when the primary serves a read while replicas are configured. */
  fallback?: FallbackReason;
}

/** Why a read went to the primary although replicas are configured. */
export type FallbackReason = 'down' | 'lagging' | 'behind_lsn' | 'failed';

export interface ReplicaState {
  name: ServerName;
  /** It answered its last check and is in recovery. */
  up: boolean;
  /** Its data is this old, in ms (undefined until the first good check). */
  lagMs?: number;
  /** Its last replayed WAL position, as PostgreSQL writes it (16/B374D848). */
  replayLsn?: string;
  /** Why it is down, for the log. */
  error?: string;
}

/** A WAL position (16/B374D848) as a number, to compare. */
export function parseLsn(text: string): bigint {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  if (!m) throw new Error(`not a WAL position (LSN): ${JSON.stringify(text)}`);
  return (BigInt('0x' + m[1]) << 32n) + BigInt('0x' + m[2]);
}

export function isLsn(text: string): boolean {
  return /^[0-9A-Fa-f]{1,8}\/[0-9A-Fa-f]{1,8}$/.test(text.trim());
}

/** The primary's WAL position now: after a write's commit, at or past its commit record. */
export async function currentLsn(orm: Orm): Promise<string> {
  const [row] = await orm.em.fork().getConnection().execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
  return row.lsn;
}

/** A replica's failure that the primary may mend by serving the read: it is unreachable, or replay cancelled the query. */
export function replicaFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    // 40001 on a standby: "canceling statement due to conflict with recovery"; 57P0x: shutting down; 08xxx: connection
    if (typeof code === 'string' && (code === '40001' || code.startsWith('57P0') || code.startsWith('08'))) return true;
    if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code))
      return true;
    if (name === 'KnexTimeoutError' || name === 'ConnectionException') return true;
    if (typeof message === 'string' && /Connection terminated|Connection ended unexpectedly|Timeout acquiring a connection/.test(message))
      return true;
    const { cause, originalError, thrownValue } = e as { cause?: unknown; originalError?: unknown; thrownValue?: unknown };
    e = cause ?? originalError ?? thrownValue;
  }
  return false;
}

export interface RouterOptions {
  /** A replica further behind than this serves no reads. */
  maxLagMs: number;
  /** How often the primary's and the replicas' positions are read. */
  checkIntervalMs: number;
  logger?: Logger;
}

interface Replica extends ReplicaState {
  orm: Orm;
  replay?: bigint;
}

/** How long a check may take before the replica counts as down. */
const CHECK_TIMEOUT_MS = 2_000;

export class ReadRouter {
  private readonly replicas: Replica[];
  /** The primary's WAL positions at recent checks, oldest first. */
  private samples: { at: number; lsn: bigint }[] = [];
  private next = 0;
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  private readonly listeners: ((name: ServerName, fallback?: FallbackReason) => void)[] = [];

  constructor(
    readonly primary: Orm,
    replicas: { name?: ServerName; orm: Orm }[],
    private readonly options: RouterOptions,
  ) {
    this.replicas = replicas.map((r, i) => ({ name: r.name ?? `replica-${i + 1}`, orm: r.orm, up: false }));
  }

  get hasReplicas(): boolean {
    return this.replicas.length > 0;
  }

  /** Checks every replica now, then every checkIntervalMs. */
  async start(): Promise<void> {
    await this.check();
    if (this.replicas.length === 0) return;
    this.timer = setInterval(() => void this.check(), this.options.checkIntervalMs);
    this.timer.unref();
  }

  /** The replicas' states, for the metrics and /ready. */
  states(): ReplicaState[] {
    return this.replicas.map(({ name, up, lagMs, replayLsn, error }) => ({ name, up, lagMs, replayLsn, error }));
  }

  /** Told which server each read was routed to, and why the primary when it was a fallback. */
  onRoute(listener: (name: ServerName, fallback?: FallbackReason) => void): void {
    this.listeners.push(listener);
  }

  /** The primary, for writes. */
  forWrite(): Served {
    return { name: PRIMARY, orm: this.primary };
  }

  /**
   * The server for a read: a replica that is up, not too far behind and, when
   * `minLsn` is given (a client's last commit), has replayed it; else the primary.
   */
  async forRead(minLsn?: string): Promise<Served> {
    if (this.replicas.length === 0) return { name: PRIMARY, orm: this.primary };
    const want = minLsn ? parseLsn(minLsn) : undefined;
    let reason: FallbackReason = 'down';
    for (let i = 0; i < this.replicas.length; i++) {
      const replica = this.replicas[(this.next + i) % this.replicas.length];
      if (!replica.up) continue;
      if ((replica.lagMs ?? Infinity) > this.options.maxLagMs) {
        reason = 'lagging';
        continue;
      }
      if (want !== undefined && !(replica.replay !== undefined && replica.replay >= want)) {
        // not known to have replayed it at the last check: ask now
        if (!(await this.hasReplayed(replica, want))) {
          reason = 'behind_lsn';
          continue;
        }
      }
      this.next = (this.next + i + 1) % this.replicas.length;
      return this.routed({ name: replica.name, orm: replica.orm });
    }
    return this.routed({ name: PRIMARY, orm: this.primary, fallback: reason });
  }

  /** A replica failed a request: it serves nothing until its next good check. */
  markDown(name: ServerName, error: unknown): void {
    const replica = this.replicas.find((r) => r.name === name);
    if (!replica || !replica.up) return;
    replica.up = false;
    // a replica that comes back may have restarted from an earlier position, or be another server
    replica.replay = undefined;
    replica.replayLsn = undefined;
    replica.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
    this.options.logger?.warn(
      { server: name, reason: replica.error },
      'replica failed a request: reads go to the primary until it answers a check',
    );
  }

  /** Runs the checks now (tests call it rather than wait for the timer). */
  check(): Promise<void> {
    this.checking ??= this.checkAll().finally(() => (this.checking = undefined));
    return this.checking;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
    await Promise.all(this.replicas.map((r) => r.orm.close(true)));
  }

  private routed(served: Served): Served {
    for (const listener of this.listeners) listener(served.name, served.fallback);
    return served;
  }

  private async hasReplayed(replica: Replica, want: bigint): Promise<boolean> {
    try {
      const [row] = await replica.orm.em
        .fork()
        .getConnection()
        .execute<{ lsn: string | null }[]>('select pg_last_wal_replay_lsn()::text as lsn');
      if (!row.lsn) return false;
      this.noteReplay(replica, parseLsn(row.lsn), row.lsn);
      return parseLsn(row.lsn) >= want;
    } catch (e) {
      this.markDown(replica.name, e);
      return false;
    }
  }

  private noteReplay(replica: Replica, replay: bigint, text: string): void {
    if (replica.replay === undefined || replay > replica.replay) {
      replica.replay = replay;
      replica.replayLsn = text;
    }
  }

  private async checkAll(): Promise<void> {
    if (this.replicas.length === 0) return;
    const now = Date.now();
    try {
      const lsn = await withTimeout(currentLsn(this.primary), CHECK_TIMEOUT_MS);
      this.samples.push({ at: now, lsn: parseLsn(lsn) });
      // enough history to measure any lag up to twice the limit
      const keepFrom = now - 2 * this.options.maxLagMs - 2 * this.options.checkIntervalMs;
      while (this.samples.length > 2 && this.samples[0].at < keepFrom) this.samples.shift();
    } catch {
      // the primary does not answer: the replicas' lag cannot be measured this time; they keep their last
    }
    await Promise.all(this.replicas.map((r) => this.checkReplica(r, now)));
  }

  private async checkReplica(replica: Replica, now: number): Promise<void> {
    const wasUp = replica.up;
    try {
      const [row] = await withTimeout(
        replica.orm.em
          .fork()
          .getConnection()
          .execute<{ recovery: boolean; lsn: string | null }[]>(
            'select pg_is_in_recovery() as recovery, pg_last_wal_replay_lsn()::text as lsn',
          ),
        CHECK_TIMEOUT_MS,
      );
      if (!row.recovery || !row.lsn) throw new Error('it is not in recovery (promoted, or not a streaming replica): it serves no reads');
      // what this check saw, not the most ever seen: a restarted or replaced standby may be behind that
      replica.replay = parseLsn(row.lsn);
      replica.replayLsn = row.lsn;
      replica.lagMs = this.lagOf(replica.replay, now);
      replica.up = true;
      replica.error = undefined;
      if (!wasUp) this.options.logger?.info({ server: replica.name, lagMs: replica.lagMs, replayLsn: row.lsn }, 'replica up');
    } catch (e) {
      replica.up = false;
      replica.replay = undefined;
      replica.replayLsn = undefined;
      const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
      if (wasUp || replica.error === undefined) this.options.logger?.warn({ server: replica.name, reason }, 'replica down');
      replica.error = reason;
    }
  }

  /** How old a replica's data is that has replayed up to `replay`, by the primary's recent positions. */
  private lagOf(replay: bigint, now: number): number {
    const newest = this.samples[this.samples.length - 1];
    if (!newest || replay >= newest.lsn) return 0;
    // the latest check whose position it has replayed: its data is at least that recent
    for (let i = this.samples.length - 2; i >= 0; i--) if (this.samples[i].lsn <= replay) return now - this.samples[i].at;
    return now - this.samples[0].at + this.options.checkIntervalMs;
  }
}
