/**
 * GraphiQL in a real browser: headless Chromium (Debian's package) opens the
 * API's URL, runs the example query GraphiQL opens on, and reads the Docs
 * pane, with no request leaving this machine.
 *
 * Without Chromium the test is skipped, except in CI (CI set), where it fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { EXAMPLE_QUERY } from '../../src/http/graphiql';
import { AppServer } from '../../src/http/server';
import { writeFacts } from '../../src/fact/fact.service';
import { LiveHub } from '../../src/live/live.service';
import { createTestApp, TestApp } from '../support/app';
import { startLiveServer, until } from '../support/live';
import { Chromium, CHROMIUM_PATH, chromiumInstalled, INSTALL_HINT, launchChromium } from '../support/chromium';
import { bantenOnly, flow, TODAY, withReferenceTree, withSynthetic } from '../scenarios';

const YEAR = 2024;
const SCREENSHOT = path.resolve(__dirname, '../../test-output/graphiql.png');

const installed = chromiumInstalled();
if (!installed && !process.env.CI) {
  console.log(`browser test skipped: no Chromium at ${CHROMIUM_PATH}; to run it, ${INSTALL_HINT}`);
}

/** A request stays on this machine: data: and blob: URLs, or http(s)/ws(s) to localhost. */
function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return ['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol) && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

(installed || process.env.CI ? describe : describe.skip)('GraphiQL in headless Chromium', () => {
  let app: TestApp;
  let server: AppServer;
  let browser: Chromium;
  let page: Page;
  let live: LiveHub;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!installed) throw new Error(`CI needs Chromium for the browser test, and there is none at ${CHROMIUM_PATH}: ${INSTALL_HINT}`);
    app = await createTestApp();
    const units = await withReferenceTree(app);
    const banten = bantenOnly(units);
    await withSynthetic(app, banten, [YEAR]);
    ({ server, live } = await startLiveServer(app, { windowMs: 50, pollMs: 60_000, perConnection: 5 }));
    browser = await launchChromium();
    browser.context.on('request', (r: Request) => requests.push(r.url()));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await live?.close();
    await app?.close();
  });

  it('asks for a year that has data', () => {
    const years = [...EXAMPLE_QUERY.matchAll(/year:\s*(\d{4})/g)].map((m) => Number(m[1]));
    expect(years.length).toBeGreaterThan(0);
    expect(new Set(years)).toEqual(new Set([YEAR]));
  });

  it('runs the example query, shows the docs, and loads nothing from elsewhere', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    const editor = page.locator('.graphiql-query-editor');
    await editor.filter({ hasText: 'KanwilIuran' }).waitFor();

    // run the example query GraphiQL opens on, with its play button
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && (r.request().postData() ?? '').includes('KanwilIuran'));
    await page.locator('button.graphiql-execute-button').click();
    const response = await answered;
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      data?: { kanwil?: { name: string; performance: { realization: { formatted: string } | null } } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.kanwil?.name).toBe('Kanwil Banten');
    expect(body.data?.kanwil?.performance.realization?.formatted).toMatch(/^Rp[\d.]+,\d\d$/);

    // the result pane shows it
    const result = page.locator('.graphiql-response section[aria-label="Result Window"]');
    await result.filter({ hasText: 'Rp' }).waitFor();
    expect(await result.innerText()).toContain('Rp');

    // the Docs pane: the root types, then Query's fields with their descriptions
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.filter({ hasText: 'Root Types' }).waitFor();
    await docs
      .locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
      .first()
      .click();
    await docs.filter({ hasText: 'kantorCabang' }).waitFor();
    const text = await docs.innerText();
    expect(text).toContain('kanwil');
    expect(text).toContain('The metric catalogue (IURAN, PESERTA_AKTIF, ...), in display order');

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    expect(pageErrors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  }, 60_000);

  it('runs a subscription over WebSocket and shows each new figure as it is written', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    const editor = page.locator('.graphiql-query-editor');
    await editor.waitFor();
    // replace the example with a subscription, as a user would (inserted as text: no auto-closed brackets)
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      'subscription Live { performanceChanged(unit: "BANTEN", metric: "IURAN", period: { year: 2024 }) { realization { formatted } } }',
    );
    const socket = page.waitForEvent('websocket', { timeout: 8_000 });
    await page.locator('button.graphiql-execute-button').click();
    expect((await socket).url()).toBe(server.url.replace(/^http/, 'ws'));
    // live once the server has read its figures
    await until(() => live.size === 1, 10_000);
    expect(live.size).toBe(1);

    // a write to a Kantor Cabang of Banten: GraphiQL shows Banten's new total, as a query answers it
    const written = await writeFacts(app.orm.em.fork(), [flow('SERANG', 'IURAN', '2024-12-01', '2024-12-31', '123456789012.00')], {
      today: TODAY,
    });
    expect(written.userErrors).toEqual([]);
    const now = await app.run<{ kanwil: { performance: { realization: { formatted: string } } } }>(
      '{ kanwil(code: "BANTEN") { performance(metric: "IURAN", period: { year: 2024 }) { realization { formatted } } } }',
    );
    const formatted = now.data!.kanwil.performance.realization.formatted;
    const result = page.locator('.graphiql-response section[aria-label="Result Window"]');
    await result.filter({ hasText: formatted }).waitFor({ timeout: 10_000 });
    expect(await result.innerText()).toContain('performanceChanged');
    await page.screenshot({ path: SCREENSHOT.replace('.png', '-subscription.png') });
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  }, 60_000);
});
