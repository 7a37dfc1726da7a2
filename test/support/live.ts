/**
 * Live updates as tests drive them: the test app's database behind a real
 * HTTP and WebSocket server, with a LiveHub told of writes by PostgreSQL
 * NOTIFY (no replicas), and a wait for what a push or a subscription brings.
 */
import { ReadRouter } from '../../src/db/replicas';
import { AppServer, startServer } from '../../src/http/server';
import { PostgresChangeBus } from '../../src/live/change-bus';
import { LiveHub } from '../../src/live/live.service';
import { silentLogger } from '../../src/log';
import { QUERY_LIMITS, TEST_AUTH, TestApp } from './app';

export async function startLiveServer(
  app: TestApp,
  options: { windowMs: number; pollMs: number; perConnection: number },
): Promise<{ server: AppServer; live: LiveHub }> {
  const router = new ReadRouter(app.orm, [], { maxLagMs: 0, checkIntervalMs: 1_000 });
  const live = new LiveHub(router, new PostgresChangeBus(app.url, app.orm, silentLogger), {
    windowMs: options.windowMs,
    pollMs: options.pollMs,
    logger: silentLogger,
  });
  await live.start();
  const server = await startServer(app.orm, {
    port: 0,
    host: '127.0.0.1',
    limits: QUERY_LIMITS,
    auth: { ...TEST_AUTH, mode: 'demo' },
    live: { hub: live, perConnection: options.perConnection },
  });
  return { server, live };
}

/** Waits until `condition` holds, or `ms` have passed (the caller's expectation then says what did not come). */
export async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}
