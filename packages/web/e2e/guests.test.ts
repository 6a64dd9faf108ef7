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
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 250 });

type Guest = { id: string; status: string; identities: { kind: string }[] };
type Order = { id: string; guestId: string | null };

/** An order as a POS would send it: lunch or dinner at one store, paid for one guest's phone. */
function posOrder(
  storeId: string,
  externalId: string,
  phone: string,
  placedAt: string,
  lines: [string, number, number][],
) {
  return {
    storeId,
    channel: 'dine_in',
    source: 'e2e-pos',
    externalId,
    placedAt,
    guest: { identities: [{ kind: 'phone', value: phone }] },
    lines: lines.map(([name, quantity, unitPriceFen]) => ({ name, quantity, unitPriceFen })),
    paymentMethod: 'wechat_pay',
  };
}

if (!hasChromium && !requireAll) {
  console.warn(`[e2e] Skipping the guests browser test: no Chromium at ${CHROMIUM}.`);
}

describe.skipIf(!hasChromium && !requireAll)('guests in the console', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let ui: ReturnType<typeof consolePage>;
  // Numbers unlikely to be in the demo data; different on every run.
  const suffix = String(Date.now()).slice(-4);
  const phoneA = `1770001${suffix}`;
  const phoneB = `17700${suffix}02`;
  const emailB = `li.${suffix}@example.com`;
  let guestA: Guest;
  let guestB: Guest;
  let refundedOrder: Order;
  let storeId: string;

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
    await ui.changePassword(server.ownerPassword, 'Dumplings-at-dawn-2024');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a brand with one store through the API', async () => {
    const brand = await ui.callApi<{ id: string }>('POST', '/api/brands', { name: 'Hearth & Bean 炉豆' });
    const store = await ui.callApi<{ id: string }>('POST', '/api/stores', {
      brandId: brand.id,
      code: 'WJ01',
      name: 'Wangjing 望京',
      city: 'Beijing',
      districtType: 'business',
    });
    storeId = store.id;
    await page.reload();
    await ui.nav.waitFor();
  });

  it('registers two guests who are the same person through the API', async () => {
    guestA = await ui.callApi<Guest>('POST', '/api/guests', {
      identities: [{ kind: 'phone', value: phoneA }],
      profile: { name: 'Li Wei', tags: ['e2e'] },
      channel: 'dine_in',
    });
    guestB = await ui.callApi<Guest>('POST', '/api/guests', {
      identities: [
        { kind: 'phone', value: phoneB },
        { kind: 'email', value: emailB },
      ],
      profile: { name: 'Li Wei' },
      channel: 'mini_program',
    });
    expect(guestA.id).not.toBe(guestB.id);
    expect(guestB.identities).toHaveLength(2);
  });

  it('records orders for both guests, one of them partly refunded', async () => {
    await ui.callApi(
      'POST',
      '/api/orders',
      posOrder(storeId, `a-${suffix}`, phoneA, '2025-03-03T04:15:00Z', [['Flat white', 1, 2800]]),
    );
    await ui.callApi(
      'POST',
      '/api/orders',
      posOrder(storeId, `b1-${suffix}`, phoneB, '2025-03-07T11:40:00Z', [
        ['Margherita pizza', 1, 6800],
        ['Flat white', 2, 2800],
      ]),
    );
    refundedOrder = await ui.callApi<Order>(
      'POST',
      '/api/orders',
      posOrder(storeId, `b2-${suffix}`, phoneB, '2025-03-09T01:05:00Z', [['Croissant', 2, 1600]]),
    );
    expect(refundedOrder.guestId).toBe(guestB.id);
    await ui.callApi('POST', `/api/orders/${refundedOrder.id}/events`, {
      kind: 'refund',
      amountFen: 1600,
      reason: 'One croissant was burnt',
      externalId: `r-${suffix}`,
    });
  });

  it('finds a guest by exact phone and opens the masked profile', async () => {
    await ui.nav.getByText('Guests').click();
    await page.getByTestId('guests-table').waitFor();
    await ui.settled();
    await ui.shot('20-guests-list');
    await page.getByTestId('guest-search').locator('input').fill(phoneA);
    await page.getByTestId('guest-search').locator('input').press('Enter');
    const rows = ui.rows('guests-table');
    await eventually(() => rows.count()).toBe(1);
    const row = await rows.first().innerText();
    expect(row).not.toContain(phoneA);
    expect(row).toContain('e2e');
    await ui.settled();
    await ui.shot('21-guests-search');
    await rows.first().click();
    await page.waitForURL(`**/guests/${guestA.id}`);
    await page.getByTestId('guest-identities').waitFor();
    expect(await page.getByTestId('guest-name').innerText()).not.toBe('Li Wei');
    await eventually(() => ui.rows('guest-identities').count()).toBe(1);
    await eventually(() => page.getByTestId('guest-order-link').count()).toBe(1);
    await ui.settled();
    await ui.shot('22-guest-profile');
    await page.screenshot({ path: join(SCREENSHOTS, '22-guest-profile-full.png'), fullPage: true });
    await ui.switchLanguage('zh-CN');
    await page.getByText('联系方式与偏好').waitFor();
    await ui.settled();
    await ui.shot('22-guest-profile-zh');
    await ui.switchLanguage('en');
    await page.getByText('Contact and preferences').waitFor();
  });

  it('reveals the phone number only after a purpose is chosen', async () => {
    await page.getByTestId('reveal-phone').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await dialog.getByText('Please choose Purpose.').waitFor();
    await ui.choose(dialog, 'Purpose', 'Serving the guest');
    await ui.shot('23-reveal-purpose');
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await eventually(() => page.getByTestId('revealed-phone').innerText()).toContain(phoneA.slice(-4));
    expect(await page.getByTestId('revealed-phone').innerText()).toContain(phoneA);
  });

  it('merges the other guest into this one after comparing both', async () => {
    await page.getByTestId('guest-merge').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('merge-search').locator('input').fill(phoneB);
    await dialog.getByTestId('merge-search').locator('input').press('Enter');
    await dialog.getByTestId('merge-absorbed').waitFor();
    expect(await dialog.getByTestId('merge-absorbed').innerText()).toContain(guestB.id);
    expect(await dialog.getByTestId('merge-survivor').innerText()).toContain(guestA.id);
    await ui.shot('24-merge-preview');
    await dialog.getByTestId('merge-confirm').click();
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await eventually(() => ui.rows('merge-history').count()).toBe(1);
    expect(await ui.rows('merge-history').first().innerText()).toContain(guestB.id);
    await eventually(() => ui.rows('guest-identities').count()).toBe(3);
    expect(await page.getByTestId('guest-identities').innerText()).toContain('E-mail');
    await eventually(() => page.getByTestId('guest-order-link').count()).toBe(3);
    await page.getByTestId('guest-portrait').waitFor();
    await ui.settled();
    await ui.shot('25-merged');
    await page.getByTestId('guest-portrait').scrollIntoViewIfNeeded();
    await ui.shot('25-merged-portrait');
  });

  it('shows the merged guest as merged, pointing at the guest it went into', async () => {
    await page.goto(`${server.baseUrl}/guests/${guestB.id}`);
    await page.getByTestId('guest-merged-notice').waitFor();
    expect(await page.getByTestId('guest-status').innerText()).toBe('Merged');
    await ui.shot('26-merged-guest');
    await page.getByTestId('guest-survivor-link').click();
    await page.waitForURL(`**/guests/${guestA.id}`);
    await eventually(() => ui.rows('merge-history').count()).toBe(1);
  });

  it('undoes the merge so both guests are separate again', async () => {
    await ui.rows('merge-history').first().getByRole('button', { name: 'Undo merge' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.locator('.ant-modal-confirm-title', { hasText: 'Undo this merge?' }).waitFor();
    await ui.shot('27-undo-confirm');
    await confirm.getByRole('button', { name: 'Undo merge' }).click();
    await eventually(() => ui.rows('guest-identities').count()).toBe(1);
    await eventually(() => ui.rows('merge-history').first().innerText()).toContain('Undone');
    await eventually(() => page.getByTestId('guest-order-link').count()).toBe(1);
    await ui.settled();
    await ui.shot('28-undone');
    const a = await ui.callApi<Guest>('GET', `/api/guests/${guestA.id}`);
    const b = await ui.callApi<Guest>('GET', `/api/guests/${guestB.id}`);
    expect([a.status, b.status]).toEqual(['active', 'active']);
    expect(b.identities.map((i) => i.kind).sort()).toEqual(['email', 'phone']);
    await page.goto(`${server.baseUrl}/guests/${guestB.id}`);
    await eventually(() => page.getByTestId('guest-status').innerText()).toBe('Active');
    await eventually(() => ui.rows('guest-identities').count()).toBe(2);
    await eventually(() => page.getByTestId('guest-order-link').count()).toBe(2);
    expect(await page.getByTestId('guest-merged-notice').count()).toBe(0);
  });

  it('lists the orders and opens one with its lines, refund and guest', async () => {
    await ui.nav.getByText('Orders').click();
    await ui.rows('orders-table').first().waitFor();
    await ui.settled();
    await ui.shot('31-orders');
    // Click the reference: the guest cell of the row is a link of its own.
    await ui.rows('orders-table').getByText(`e2e-pos:b2-${suffix}`).click();
    await page.waitForURL(`**/orders/${refundedOrder.id}`);
    await eventually(() => ui.rows('order-lines').count()).toBe(1);
    expect(await page.getByTestId('order-lines').innerText()).toContain('Croissant');
    expect(await page.getByTestId('order-events').innerText()).toContain('One croissant was burnt');
    expect(await page.getByTestId('order-amounts').innerText()).toContain('¥16.00');
    await ui.settled();
    await ui.shot('32-order');
    await page.getByTestId('order-guest-link').click();
    await page.waitForURL(`**/guests/${guestB.id}`);
  });

  it('queues guests seen together for review and merges them from the review queue', async () => {
    // One visit showing both phones: the server keeps one guest and queues the pair for review.
    await ui.callApi('POST', '/api/guests', {
      identities: [
        { kind: 'phone', value: phoneA },
        { kind: 'phone', value: phoneB },
      ],
      channel: 'pos',
    });
    await page.goto(`${server.baseUrl}/guests`);
    await page.getByTestId('merge-review-link').click();
    await page.waitForURL('**/guests/merge-review');
    const card = page.getByTestId('merge-candidate');
    await eventually(() => card.count()).toBe(1);
    expect(await card.innerText()).toContain(guestA.id);
    expect(await card.innerText()).toContain(guestB.id);
    await ui.settled();
    await ui.shot('29-merge-review');
    const keep = guestA.id < guestB.id ? 'Keep A, merge B into it' : 'Keep B, merge A into it';
    await card.getByRole('button', { name: keep }).click();
    await page.getByText('Nothing to review.').waitFor();
    await page.goto(`${server.baseUrl}/guests/${guestA.id}`);
    await eventually(() => ui.rows('merge-history').count()).toBe(2);
    expect(await ui.rows('merge-history').first().innerText()).toContain('Merge review');
    await eventually(() => ui.rows('guest-identities').count()).toBe(3);
  });

  it('shows the data-quality report with its four findings', async () => {
    await page.goto(`${server.baseUrl}/guests/data-quality`);
    for (const id of ['dq-duplicates', 'dq-invalid', 'dq-stale', 'dq-without-identity'])
      await page.getByTestId(id).waitFor();
    await ui.settled();
    await ui.shot('30-data-quality');
  });
});
