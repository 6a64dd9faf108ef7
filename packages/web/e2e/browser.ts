import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where the system Chromium lives (installed with `apt-get install -y chromium fonts-wqy-microhei`). */
export const CHROMIUM = '/usr/bin/chromium';

/** True when Chromium is installed, so the browser tests can run. */
export const hasChromium = existsSync(CHROMIUM);

/** Starts headless Chromium with the flags that work in containers and without network extras. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
