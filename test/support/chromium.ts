/**
 * Headless Chromium for browser tests: Debian's package (/usr/bin/chromium,
 * `apt-get install chromium`), driven by playwright-core, which downloads no
 * browser of its own. Every launch gets a fresh profile in the OS temp
 * folder, removed on close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const INSTALL_HINT = 'install it with `apt-get install -y chromium` (Debian package; .ci/run does this in CI)';

export function chromiumInstalled(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

/**
 * The tests run as root on machines with a closed network: no sandbox (root),
 * no GPU, and none of the background requests Chromium sends to Google's
 * hosts on its own (component updates, sync, field trials, QUIC probes).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh temporary profile (--user-data-dir, which Playwright sets from the folder given). */
export async function launchChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<Chromium> {
  if (!chromiumInstalled()) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: ${INSTALL_HINT}`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1600, height: 1000 },
      timeout: 30_000,
    });
    return {
      context,
      async close() {
        try {
          await context.close();
        } finally {
          fs.rmSync(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
