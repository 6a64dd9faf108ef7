import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Steps through the console the way a person would; every helper waits for the page it leads to. */
export function consolePage(page: Page, baseUrl: string, screenshotDir: string) {
  mkdirSync(screenshotDir, { recursive: true });
  const nav = page.getByTestId('side-nav');
  const openDropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

  return {
    nav,
    /** Waits until no spinner or skeleton is showing (tables and cards have their data). */
    async settled() {
      await expect
        .poll(() => page.locator('.ant-spin-spinning, .ant-skeleton, .ant-btn-loading').count(), {
          timeout: 15_000,
        })
        .toBe(0);
      // Let the fade-out of loading masks finish so screenshots show the final page.
      await page.waitForTimeout(400);
    },
    /** Saves a viewport screenshot as `<name>.png`. */
    shot: (name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`) }),
    /** Signs in on the login page (opening it first). */
    async signIn(email: string, password: string) {
      await page.goto(`${baseUrl}/login`);
      await page.getByLabel('E-mail', { exact: true }).fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByTestId('login-submit').click();
    },
    /** Replaces the one-time password on the change-password page and waits for the console. */
    async changePassword(current: string, next: string) {
      await page.getByLabel('Current password', { exact: true }).fill(current);
      await page.getByLabel('New password', { exact: true }).fill(next);
      await page.getByLabel('Repeat the new password', { exact: true }).fill(next);
      await page.getByTestId('change-password-submit').click();
      await nav.waitFor();
    },
    async switchLanguage(lang: 'en' | 'zh-CN') {
      await page.getByTestId('language-switch').click();
      await page.getByTestId(`language-${lang}`).click();
    },
    async signOut() {
      await page.getByTestId('user-menu').click();
      await page.getByTestId('logout').click();
      await page.waitForURL('**/login');
    },
    /**
     * Picks the option containing `text` (the first option when empty) from the antd Select
     * labelled `label` inside a dialog, waiting out the opening animation so the click counts.
     */
    async choose(dialog: Locator, label: string, text: string) {
      await dialog.getByLabel(label, { exact: true }).click();
      await openDropdown.waitFor();
      await expect
        .poll(async () => (await openDropdown.getAttribute('class')) ?? '', { timeout: 5_000 })
        .not.toMatch(/-(enter|appear)/);
      await openDropdown.locator('.ant-select-item-option', { hasText: text }).first().click();
      // A multiple Select stays open; clicking the dialog title closes it.
      await dialog.locator('.ant-modal-title').click();
      await expect.poll(() => openDropdown.count(), { timeout: 5_000 }).toBe(0);
    },
    rows: (testId: string) => page.getByTestId(testId).locator('tr.ant-table-row'),
    /**
     * Calls the API with the page's session (cookie and CSRF token), as the console would;
     * throws with the error body when the answer is not 2xx.
     */
    async callApi<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
      return page.evaluate(
        async ({ method, path, body }) => {
          const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
          const response = await fetch(path, {
            method,
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          const text = await response.text();
          if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
          return (text ? JSON.parse(text) : undefined) as T;
        },
        { method, path, body },
      );
    },
  };
}
