import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import axe, { formatViolations } from './axe';

export const baseUrl = () => process.env.SIGHTLINES_BASE_URL ?? inject('baseUrl');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** What a page did that a test may forbid: requests elsewhere, dialogs, script errors. */
export type PageRecord = { requests: string[]; foreignRequests: string[]; dialogs: string[]; errors: string[] };

/** A page in a fresh context that records every request, dialog and uncaught error. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; record: PageRecord }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const record: PageRecord = { requests: [], foreignRequests: [], dialogs: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    record.requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) record.foreignRequests.push(url);
  });
  page.on('dialog', async (dialog) => {
    record.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  return { page, record };
}

export const url = (path: string) => new URL(path, baseUrl()).toString();

export { axe, formatViolations };
