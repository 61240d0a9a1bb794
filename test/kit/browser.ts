import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { describe } from 'vitest';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `describe` for browser journeys: without Chromium they are skipped with a warning on a developer's
 * machine, and fail in CI (CI=true), where a skipped browser test would hide a broken screen.
 */
const chromiumMissing = !existsSync(chromiumPath) && process.env.CI !== 'true';
if (chromiumMissing) {
  console.warn(
    `Browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );
}
export const describeInBrowser = describe.skipIf(chromiumMissing);

/**
 * Debian's Chromium driven by playwright-core: no browser download, no network. CHROMIUM_PATH
 * overrides where it lives. Headless mode is playwright's own (`headless: true` adds --headless).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Errors the page logged or threw, for a test to assert there were none. */
  pageErrors: string[];
}

/** A fresh browser context (own cookies and localStorage) on `baseURL`, phone- or desktop-sized. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  opts: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<BrowserSession> {
  const context = await browser.newContext({
    baseURL,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: opts.locale ?? 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return { context, page, pageErrors };
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is and returns the serious and critical
 * violations, formatted for a failing assertion's message.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes
          .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
          .join('\n'),
    );
}

/**
 * Signs in through the sign-in page, by its Vietnamese labels, as a person would, and waits until the
 * app has left it (for `next`, the home page by default).
 */
export async function signInThroughPage(
  page: Page,
  who: { email: string; password: string },
  next = '/',
): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel(/^Mật khẩu/).fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}
