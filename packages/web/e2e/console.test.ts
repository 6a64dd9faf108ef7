import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolePage } from './console-page';
import { startRegulars, type RunningServer } from './server-process';

const CHROMIUM = '/usr/bin/chromium';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENSHOTS = join(REPO_ROOT, 'test-results/screenshots');
const hasChromium = existsSync(CHROMIUM);
const requireAll = process.env.REGULARS_REQUIRE_ALL === '1';

if (!hasChromium && !requireAll) {
  console.warn(
    `[e2e] Skipping the console browser test: no Chromium at ${CHROMIUM}. ` +
      'Install it with `apt-get install -y chromium fonts-wqy-microhei` (set REGULARS_REQUIRE_ALL=1 to make this a failure).',
  );
}

describe.skipIf(!hasChromium && !requireAll)('staff console in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let ui: ReturnType<typeof consolePage>;
  const ownerPassword = 'Jasmine-tea-at-nine-42';
  const cashier = { email: `cashier.e2e.${Date.now()}@regulars.local`, name: 'E2E Cashier', otp: '' };

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`REGULARS_REQUIRE_ALL=1 but Chromium is missing at ${CHROMIUM}`);
    execFileSync(process.execPath, ['scripts/build-web.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    server = await startRegulars(REPO_ROOT);
    browser = await chromium.launch({
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
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(15_000);
    ui = consolePage(page, server.baseUrl, SCREENSHOTS);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('asks the owner to replace the one-time password after signing in', async () => {
    await ui.signIn(server.ownerEmail, server.ownerPassword);
    await page.waitForURL('**/change-password');
    await expect.poll(() => page.getByText('Choose a new password').isVisible()).toBe(true);
    await ui.shot('01-change-password');
  });

  it('lands on the overview with the demo brand after the password change', async () => {
    await ui.changePassword(server.ownerPassword, ownerPassword);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByTestId('brand-card').first().waitFor();
    await expect.poll(() => ui.nav.getByText('Audit log').isVisible()).toBe(true);
    await ui.shot('02-home');
  });

  it('switches the console to Chinese and back to English', async () => {
    await ui.switchLanguage('zh-CN');
    await ui.nav.getByText('员工').waitFor();
    await expect.poll(() => ui.nav.getByText('审计日志').isVisible()).toBe(true);
    expect(await page.evaluate('localStorage.getItem("regulars.language")')).toBe('zh-CN');
    await ui.shot('03-home-zh');
    await ui.switchLanguage('en');
    await ui.nav.getByText('Staff').waitFor();
  });

  it('lists the demo staff in every role', async () => {
    await ui.nav.getByText('Staff').click();
    await ui.rows('staff-table').nth(5).waitFor();
    const table = await page.getByTestId('staff-table').innerText();
    for (const role of ['Owner', 'Brand admin', 'Store manager', 'Cashier', 'Auditor'])
      expect(table).toContain(role);
    expect(await ui.rows('staff-table').count()).toBeGreaterThanOrEqual(20);
    await ui.shot('04-staff');
  });

  it('creates a cashier for one store and shows the one-time password once', async () => {
    await page.getByTestId('staff-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('E-mail', { exact: true }).fill(cashier.email);
    await dialog.getByLabel('Name', { exact: true }).fill(cashier.name);
    await ui.choose(dialog, 'Role', 'Cashier');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Store managers and cashiers must be given at least one store.').waitFor();
    await ui.shot('05-staff-form-needs-store');
    await ui.choose(dialog, 'Stores', '');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    cashier.otp = (await secret.innerText()).trim();
    expect(cashier.otp.length).toBeGreaterThanOrEqual(8);
    await expect.poll(() => page.getByText('This will not be shown again').isVisible()).toBe(true);
    await ui.shot('06-one-time-password');
    await page.getByTestId('one-time-secret-done').click();
    await expect.poll(() => secret.count()).toBe(0);
    await ui.rows('staff-table').filter({ hasText: cashier.email }).waitFor();
  });

  it('shows the sign-in and the staff creation in the audit log', async () => {
    await ui.nav.getByText('Audit log').click();
    await ui.rows('audit-table').first().waitFor();
    const table = page.getByTestId('audit-table');
    await expect.poll(() => table.innerText()).toContain('auth.login');
    expect(await table.innerText()).toContain('staff.create');
    await ui.shot('07-audit');
    await page.getByLabel('Action', { exact: true }).fill('staff.create');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(async () =>
        (await ui.rows('audit-table').allInnerTexts()).every((row) => row.includes('staff.create')),
      )
      .toBe(true);
    await ui.rows('audit-table').first().locator('.ant-table-row-expand-icon').click();
    await ui.shot('08-audit-filtered');
  });

  it('hides the audit log and staff from a cashier', async () => {
    await ui.signOut();
    await ui.signIn(cashier.email, cashier.otp);
    await page.waitForURL('**/change-password');
    await ui.changePassword(cashier.otp, 'Oolong-by-the-river-17');
    await expect.poll(() => ui.nav.getByText('Stores').isVisible()).toBe(true);
    const items = await ui.nav.locator('[role="menuitem"]').allInnerTexts();
    expect(items.map((text) => text.trim())).toEqual(['Home', 'Guests', 'Orders', 'Stores']);
    await ui.shot('09-cashier-home');
    await page.goto(`${server.baseUrl}/audit`);
    await page.getByText('Not available for your role').waitFor();
    await ui.shot('10-cashier-audit-forbidden');
  });
});
