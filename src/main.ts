/**
 * npm start: config -> database -> schema -> server -> listen.
 *
 * Without DATABASE_URL it starts an embedded PostgreSQL (data under .data/,
 * kept between runs) and loads the demo figures into it; with DATABASE_URL it
 * uses that server and loads only the office tree and the metric catalogue,
 * unless DEMO_DATA=true.
 */
import 'reflect-metadata';
import { checkServerConfig, loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { openDatabase, Orm } from './db/database';
import { EmbeddedServer } from './db/embedded';
import { ReadRouter } from './db/replicas';
import { ChangeBus, PostgresChangeBus, RedisChangeBus } from './live/change-bus';
import { LiveHub } from './live/live.service';
import { AppServer, startServer } from './http/server';
import { createLogger } from './log';
import { seedDemo } from './seed/demo.seed';
import { seedReference } from './seed/reference.seed';

async function main(): Promise<void> {
  const config = loadConfig();
  checkServerConfig(config);
  // what is running, for the shutdown to stop in reverse order
  const running: { embedded?: EmbeddedServer; orm?: Orm; server?: AppServer; router?: ReadRouter; live?: LiveHub } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    // new requests get 503; those in flight finish (a write's acknowledgement reaches its client)
    await running.server?.stop(config.shutdownGraceMs).catch((e) => console.error('server:', e));
    await running.live?.close().catch((e) => console.error('live updates:', e));
    await running.router?.close().catch((e) => console.error('replica connections:', e));
    await running.orm?.close().catch((e) => console.error('database connections:', e));
    await running.embedded?.stop().catch((e) => console.error('embedded PostgreSQL:', e));
    console.log('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const db = await connectDatabase(config, { onStarting: (dir) => console.log(`Starting the embedded PostgreSQL (data in ${dir})…`) });
  running.embedded = db.embedded;
  // migrations and the demo data without time limits; then the serving connections, with them
  const setup = (running.orm = await openDatabase(db.url));
  console.log('Migrations applied.');
  const em = setup.em.fork();
  if (await seedReference(em))
    console.log('Loaded the reference office tree (Nasional, 11 Kanwil, the Kantor Cabang, 514 kabupaten/kota).');
  if (config.demoData) {
    const t = Date.now();
    const demo = await seedDemo(em, (done, total) => process.stdout.write(`\rLoading demo figures: ${done}/${total} rows`));
    if (demo)
      console.log(
        `\nLoaded ${demo.inserted} demo figures (press figures + synthetic 2023-2024) in ${((Date.now() - t) / 1000).toFixed(1)} s.`,
      );
  }
  await setup.close();
  const serving = {
    migrate: false,
    statementTimeoutMs: config.statementTimeoutMs,
    lockTimeoutMs: config.lockTimeoutMs,
    poolMax: config.poolMax,
    acquireTimeoutMs: config.poolAcquireTimeoutMs,
  };
  const orm = (running.orm = await openDatabase(db.url, serving));
  const logger = createLogger({ level: config.logLevel, pretty: config.logFormat === 'pretty' });
  // replicas connect at their first statement: one that is down now is skipped until it answers a check
  const replicas = await Promise.all(
    config.replicas.urls.map(async (url) => ({ orm: await openDatabase(url, { ...serving, lazy: true, connectTimeoutMs: 2_000 }) })),
  );
  const router = (running.router = new ReadRouter(orm, replicas, { ...config.replicas, logger }));
  await router.start();
  // live updates: every process hears every committed write, by PostgreSQL LISTEN/NOTIFY or Redis pub/sub
  let bus: ChangeBus | undefined;
  if (config.subscriptions.enabled) {
    bus = config.redisUrl ? new RedisChangeBus(config.redisUrl, logger) : new PostgresChangeBus(db.url, orm, logger);
    running.live = new LiveHub(router, bus, { windowMs: config.subscriptions.windowMs, pollMs: config.subscriptions.pollMs, logger });
    await running.live.start();
  }
  const server = (running.server = await startServer(orm, {
    port: config.port,
    host: config.host,
    limits: config.limits,
    auth: config.auth,
    responseCacheMb: config.responseCacheMb,
    requestTimeoutMs: config.requestTimeoutMs,
    settings: { maxNoteLength: config.maxNoteLength },
    corsOrigins: config.corsOrigins,
    logger,
    metrics: config.metrics,
    router,
    live: running.live && { hub: running.live, perConnection: config.subscriptions.perConnection },
  }));
  console.log(
    [
      '',
      // from the process's start: Node, ts-node and the modules, most of a warm start, come before main()
      // (what a user waits for, but for npm's own few tenths of a second)
      `Kinerja BPJS Ketenagakerjaan API ready in ${process.uptime().toFixed(1)} s (since the process started)`,
      `  GraphQL:  ${server.url}   (open it in a browser for GraphiQL)`,
      `  Data:     ${db.description}`,
      `  Live:     ${bus ? `subscriptions over WebSocket at ${server.url.replace(/^http/, 'ws')}, changes told by ${bus.kind === 'redis' ? 'Redis pub/sub (REDIS_URL)' : 'PostgreSQL LISTEN/NOTIFY'}` : 'off (LIVE_UPDATES=off)'}`,
      ...(router.hasReplicas
        ? [
            `  Replicas: ${router
              .states()
              .map((r) => `${r.name} ${r.up ? `up, ${r.lagMs} ms behind` : `down (${r.error})`}`)
              .join('; ')} (reads; at most REPLICA_MAX_LAG_MS ${config.replicas.maxLagMs} ms behind)`,
          ]
        : []),
      `  Demo:     ${config.demoData ? 'demo figures loaded when the database had none (synthetic 2023-2024 + press figures)' : 'off (DEMO_DATA=true loads them)'}`,
      config.auth.mode === 'demo'
        ? '  Auth:     DEMO MODE: anonymous requests may read everything (AUTH_MODE=required to turn it off); writes need a token'
        : `  Auth:     bearer token required (${config.auth.jwksUrl ? 'JWKS ' + config.auth.jwksUrl : config.auth.jwtSecret ? 'HS256 with JWT_SECRET' : 'no JWT_SECRET or JWKS_URL set: every request will be refused'})`,
      '  Stop:     Ctrl-C',
    ].join('\n'),
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
