import { join, dirname, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium } from './browser';
import { consolePage } from './console-page';
import { startRegulars, type RunningServer } from './server-process';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENSHOTS = join(REPO_ROOT, 'test-results/screenshots');
const requireAll = process.env.REGULARS_REQUIRE_ALL === '1';

/** Polls until the expectation holds; generous because the machines are slow under load. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 250 });

// Line 1 is the header. Line 3 has no identity at all and line 5 only a phone that cannot be
// valid, so neither can become a guest; line 4 has a birthday that cannot be read (a quirk).
const GUESTS_CSV = [
  'name,phone,email,birthday',
  'Wang Fang,13800000101,wang.fang@example.com,1990-05-01',
  'No Contact,,,',
  'Zhou Min,13800000103,,1990-31-31',
  'Chen Jie,12,,',
  'Li Na,13800000105,li.na@example.com,',
].join('\n');

if (!hasChromium && !requireAll) {
  console.warn(`[e2e] Skipping the import browser test: no Chromium at ${CHROMIUM}.`);
}

describe.skipIf(!hasChromium && !requireAll)('importing a CSV in the console', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let ui: ReturnType<typeof consolePage>;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`REGULARS_REQUIRE_ALL=1 but Chromium is missing at ${CHROMIUM}`);
    execFileSync(process.execPath, ['scripts/build-web.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    server = await startRegulars(REPO_ROOT, { demo: false });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
    page.setDefaultTimeout(15_000);
    ui = consolePage(page, server.baseUrl, SCREENSHOTS);
    await ui.signIn(server.ownerEmail, server.ownerPassword);
    await page.waitForURL('**/change-password');
    await ui.changePassword(server.ownerPassword, 'Noodles-at-noon-2024');
    await ui.callApi('POST', '/api/brands', { name: 'Hearth & Bean 炉豆' });
    await page.reload();
    await ui.nav.waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('imports guests and lists the bad rows with their line numbers', async () => {
    await ui.nav.getByText('Imports').click();
    await page.getByTestId('import-mapping').waitFor();
    await page.locator('input[type=file][accept*=".csv"]').setInputFiles({
      name: 'guests.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GUESTS_CSV),
    });
    await ui.shot('40-import-form');
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-progress').waitFor();
    const badRows = page.getByTestId('import-bad-rows');
    await badRows.waitFor({ timeout: 60_000 });
    await eventually(() => page.getByTestId('import-progress').innerText()).toContain('Finished');
    const table = await badRows.innerText();
    expect(table).toContain('No phone, e-mail, card or other identity');
    const lines = (await ui.rows('import-bad-rows').allInnerTexts()).map((row) => row.trim().split(/\s+/)[0]);
    expect(lines).toContain('3');
    expect(lines).toContain('5');
    expect(await page.getByTestId('import-quirks').innerText()).toContain('Birthday cannot be read');
    await ui.settled();
    await ui.shot('41-import-report');
  });

  it('finds an imported guest by phone', async () => {
    const found = await ui.callApi<{ items: { id: string }[] }>('GET', '/api/guests?q=13800000105');
    expect(found.items).toHaveLength(1);
  });

  it('explains a mapping that names a column the file does not have', async () => {
    await page.getByRole('button', { name: 'Back to imports' }).click();
    await page.getByTestId('import-mapping').waitFor();
    await page.locator('input[type=file][accept*=".csv"]').setInputFiles({
      name: 'no-phone.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,mobile\nWang Fang,13800000101\n'),
    });
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-problems').waitFor();
    expect(await page.getByTestId('import-problems').innerText()).toContain('phone');
    await ui.shot('42-import-mapping-problem');
  });
});
