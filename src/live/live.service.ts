/**
 * Live updates: `performanceChanged(unit, metric, period, segment)` pushes an
 * office's figures when a committed write changes them, and only then.
 *
 * Every write tells every API process what it changed (src/live/change-bus.ts):
 * the offices, metrics and years of its facts, or "anything" (the office
 * tree, a batch too large to list). Subscriptions of the same office, metric,
 * period and segment form one group per process. A group whose office or any
 * office below it was written, for its metric and year, waits for the
 * coalescing window (SUBSCRIPTION_WINDOW_MS: a burst of writes costs one
 * computation), reads its figures where the last write has been replayed
 * (the primary, or a replica past the write's LSN), and pushes them to each
 * of its subscribers whose last figures differ. A write that leaves the
 * figures as they were (a sibling's, or the same value again) pushes nothing.
 *
 * Access is checked as for queries: when subscribing (FORBIDDEN outside the
 * caller's scope), and again at every push (after the tree has changed an
 * office may have left the scope: the subscription then ends with FORBIDDEN).
 * A subscriber is never told of a change to an office it may not read.
 *
 * A safety net for changes no message told of (a CSV import from the command
 * line, SQL by hand, a process that stopped between its commit and its
 * message): every LIVE_POLL_MS the data version is read; if it has moved past
 * every message heard, every group checks its figures once.
 */
import { Logger } from 'pino';
import { ForbiddenError, InputError } from '../common/errors';
import { readDataVersion } from '../db/data-version';
import { currentLsn, parseLsn, ReadRouter } from '../db/replicas';
import { EntityManager } from '@mikro-orm/postgresql';
import { onFiguresWritten } from '../fact/fact.events';
import { Segment } from '../metric/metric.model';
import { onTreeChanged } from '../org/org.events';
import { subtreeCodes } from '../org/org.repository';
import { Principal } from '../auth/auth.model';
import { AuthMode } from '../config';
import { PerformanceFigures } from '../rollup/performance.model';
import { performance } from '../rollup/performance.service';
import { PeriodSpec, resolvePeriod } from '../rollup/period';
import { createRequestContext, RequestContext } from '../request/context';
import { ChangeBus, LiveChange } from './change-bus';

export interface LiveArgs {
  unit: string;
  metric: string;
  period: PeriodSpec;
  segment?: Segment | null;
}

/** One push: the figures, and a fresh request context (its own loaders) to resolve their fields in. */
export interface LivePush {
  figures: PerformanceFigures;
  context: RequestContext;
}

/** What a subscription's context gives the resolver (src/live/live.resolver.ts). */
export interface LiveSubscriptions {
  subscribe(ctx: RequestContext, args: LiveArgs): Promise<AsyncIterableIterator<LivePush>>;
}

export interface LiveOptions {
  windowMs: number;
  /** How often the data version is read for changes no message told of. */
  pollMs: number;
  logger: Logger;
}

/** A queue a subscription pulls pushes from; ends when the client stops or the subscription fails. */
class PushQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting?: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void };
  private done = false;
  private failure?: unknown;

  constructor(private readonly onEnd: () => void) {}

  push(item: T): void {
    if (this.done) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w.resolve({ value: item, done: false });
    } else {
      // a slow client keeps only the newest figures: older ones are out of date anyway
      this.items.length = 0;
      this.items.push(item);
    }
  }

  fail(error: unknown): void {
    if (this.done) return;
    this.failure = error;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      this.finish();
      w.reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift()!, done: false });
    if (this.failure !== undefined) {
      const e = this.failure;
      this.failure = undefined;
      this.finish();
      return Promise.reject(e);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.finish();
    this.waiting?.resolve({ value: undefined, done: true });
    this.waiting = undefined;
    return Promise.resolve({ value: undefined, done: true });
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.items.length = 0;
    this.onEnd();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

interface Subscriber {
  principal: Principal | null;
  mode: AuthMode;
  readScope: string;
  /** The figures last pushed (or read when subscribing), as JSON. */
  last: string;
  queue: PushQueue<LivePush>;
}

/** Subscriptions of one office, metric, period and segment in this process. */
interface Group {
  key: string;
  args: LiveArgs;
  unit: string;
  metric: string;
  year: number;
  /** The office and every office below it. */
  subtree: ReadonlySet<string>;
  subscribers: Set<Subscriber>;
  timer?: NodeJS.Timeout;
  /** A check is reading the figures: another waits for it to end (one at a time, so none pushes older figures). */
  running: boolean;
  /** A change arrived meanwhile: check again once this one ends. */
  again: boolean;
  /** The highest WAL position of the changes waiting; 'primary' when one came without (read on the primary). */
  lsn?: string | 'primary';
  treeChanged: boolean;
}

/** The later of two read positions ('primary' is later than any LSN). */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a === 'primary' || b === 'primary') return 'primary';
  return parseLsn(a) >= parseLsn(b) ? a : b;
}

export class LiveHub implements LiveSubscriptions {
  private readonly groups = new Map<string, Group>();
  private readonly stops: (() => void)[] = [];
  private pollTimer?: NodeJS.Timeout;
  /** The data version at the last poll, the messages of writes heard since, and the steps no message accounted for. */
  private version?: bigint;
  private told = 0;
  private untold = 0;
  private untoldBefore = false;
  private closed = false;
  /** Pushes and checks, for the metrics. */
  readonly counts = { pushes: 0, checks: 0, skipped: 0 };

  constructor(
    private readonly router: ReadRouter,
    private readonly bus: ChangeBus,
    private readonly options: LiveOptions,
  ) {}

  async start(): Promise<void> {
    this.bus.onChange((change) => this.heard(change));
    await this.bus.start();
    // this process's own writes: told to every process, this one included, through the bus
    this.stops.push(onFiguresWritten((w) => void this.publish(w.touched)));
    this.stops.push(onTreeChanged(() => void this.publish(undefined)));
    this.version = BigInt(await readDataVersion(this.router.primary.em.fork() as EntityManager));
    this.pollTimer = setInterval(() => void this.poll(), this.options.pollMs);
    this.pollTimer.unref();
  }

  /** Subscriptions held now. */
  get size(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.subscribers.size;
    return n;
  }

  async subscribe(ctx: RequestContext, args: LiveArgs): Promise<AsyncIterableIterator<LivePush>> {
    // as a query would: the scope first (FORBIDDEN whether or not the office exists), then the office
    await ctx.access.assertRead(args.unit);
    const unit = await ctx.loaders.unit.load(args.unit);
    if (!unit) throw new InputError(`no office ${args.unit}`, 'unit');
    // the figures now: checks the metric, period and segment, and is what a push must differ from
    const figures = await performance(ctx, unit, args);
    const span = resolvePeriod(args.period);
    const key = JSON.stringify([args.unit, args.metric, span.start, span.end, args.segment ?? null]);
    let group = this.groups.get(key);
    if (!group) {
      const subtree = await subtreeCodes(ctx.em, args.unit);
      // another subscribe may have made the group while this one waited
      group = this.groups.get(key) ?? {
        key,
        args: { ...args, segment: args.segment ?? null },
        unit: args.unit,
        metric: args.metric,
        year: Number(span.start.slice(0, 4)),
        subtree,
        subscribers: new Set(),
        running: false,
        again: false,
        treeChanged: false,
      };
      this.groups.set(key, group);
    }
    const g = group;
    const subscriber: Subscriber = {
      principal: ctx.access.principal,
      mode: ctx.access.mode,
      readScope: ctx.access.readScope,
      last: JSON.stringify(figures),
      queue: new PushQueue<LivePush>(() => {
        g.subscribers.delete(subscriber);
        if (g.subscribers.size === 0 && this.groups.get(g.key) === g) {
          clearTimeout(g.timer);
          this.groups.delete(g.key);
        }
      }),
    };
    g.subscribers.add(subscriber);
    return subscriber.queue;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.pollTimer);
    for (const stop of this.stops.splice(0)) stop();
    for (const g of this.groups.values()) {
      clearTimeout(g.timer);
      for (const s of g.subscribers) void s.queue.return();
    }
    this.groups.clear();
    await this.bus.close();
  }

  /** Tells every process what this one's committed write changed, with where and when it committed. */
  private async publish(touched: LiveChange['touched']): Promise<void> {
    try {
      const [lsn, version] = await Promise.all([
        currentLsn(this.router.primary),
        readDataVersion(this.router.primary.em.fork() as EntityManager),
      ]);
      await this.bus.publish({ touched, lsn, version });
    } catch (e) {
      // the poll will find the change within LIVE_POLL_MS
      this.options.logger.warn({ reason: e instanceof Error ? e.message : String(e) }, 'live updates: a change could not be told');
    }
  }

  private heard(change: LiveChange): void {
    if (this.closed) return;
    // a message of a write (not a reconnect's "anything"): counted against the data version's steps
    if (change.version !== undefined) this.told++;
    for (const g of this.groups.values()) {
      if (change.touched && !change.touched.some((t) => t.metric === g.metric && t.year === g.year && g.subtree.has(t.unit))) {
        continue;
      }
      if (!change.touched) g.treeChanged = true;
      // without a position (a reconnect, the poll), only the primary is sure to have the change
      g.lsn = later(g.lsn, change.lsn ?? 'primary');
      this.schedule(g, this.options.windowMs);
    }
  }

  /** A check of the group after `ms`: one per window, whatever the burst, and never two at once. */
  private schedule(g: Group, ms: number): void {
    if (g.running) {
      g.again = true;
      return;
    }
    g.timer ??= setTimeout(() => void this.check(g), ms);
  }

  /**
   * Changes no message told of. Every committed write raises the data version by exactly one, and
   * every write through the API is told by exactly one message: when the version has moved by more
   * steps than messages came, at two polls in a row (a message may still be on its way at one), some
   * write was not told, and every group checks its figures, on the primary.
   */
  private async poll(): Promise<void> {
    try {
      const now = BigInt(await readDataVersion(this.router.primary.em.fork() as EntityManager));
      const steps = this.version === undefined ? 0n : now - this.version;
      this.version = now;
      this.untold += Number(steps) - this.told;
      this.told = 0;
      if (this.untold > 0 && this.untoldBefore) {
        this.options.logger.info({ version: String(now) }, 'live updates: the data changed without a message; checking every subscription');
        this.untold = 0;
        this.heard({});
      }
      this.untoldBefore = this.untold > 0;
      if (this.untold < 0) this.untold = 0;
    } catch {
      // the primary is away: the next poll tries again
    }
  }

  /** Reads a group's figures where its last change is visible and pushes them to whoever has other figures. */
  private async check(g: Group): Promise<void> {
    g.timer = undefined;
    const lsn = g.lsn;
    g.lsn = undefined;
    const treeChanged = g.treeChanged;
    g.treeChanged = false;
    if (g.subscribers.size === 0) return;
    g.running = true;
    let failed = false;
    this.counts.checks++;
    try {
      const served = lsn === 'primary' || lsn === undefined ? this.router.forWrite() : await this.router.forRead(lsn);
      const base = createRequestContext(served.orm);
      if (treeChanged) g.subtree = await subtreeCodes(base.em, g.unit);
      const unit = await base.loaders.unit.load(g.unit);
      if (!unit) {
        for (const s of g.subscribers) s.queue.fail(new InputError(`office ${g.unit} no longer exists: the subscription ends`, 'unit'));
        return;
      }
      const figures = await performance(base, unit, g.args);
      const text = JSON.stringify(figures);
      // a scope's subtree read once per check, for all its subscribers
      const readable = new Map<string, Promise<boolean>>();
      for (const s of [...g.subscribers]) {
        if (s.last === text) {
          this.counts.skipped++;
          continue;
        }
        const context = createRequestContext(served.orm, { principal: s.principal, mode: s.mode });
        let may = readable.get(s.readScope);
        if (!may) readable.set(s.readScope, (may = context.access.canRead(g.unit)));
        if (!(await may)) {
          s.queue.fail(new ForbiddenError(`office ${g.unit} is no longer inside your scope: the subscription ends`));
          continue;
        }
        s.last = text;
        this.counts.pushes++;
        s.queue.push({ figures, context });
      }
    } catch (e) {
      this.options.logger.warn(
        { unit: g.unit, metric: g.metric, reason: e instanceof Error ? e.message : String(e) },
        'live updates: figures could not be read; trying again',
      );
      g.lsn = later(g.lsn, lsn ?? 'primary');
      g.treeChanged ||= treeChanged;
      failed = g.again = true;
    } finally {
      g.running = false;
      if (g.again) {
        g.again = false;
        // after a failure, not before a second (the database may be away)
        this.schedule(g, failed ? Math.max(this.options.windowMs * 5, 1_000) : this.options.windowMs);
      }
    }
  }
}
