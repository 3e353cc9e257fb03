// Issue 13 item 1: consent texts render under `require-trusted-types-for 'script'`, in the embed
// and in a host's own React app on the built package, with the CSP sent as a response header.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGET_TRUSTED_TYPES_POLICY_NAME } from '../../src/booking/widgetTrustedTypesPolicy';
import { assertEmbedBuilt, newPage } from './embedHarness';
import { buildReactPage, REACT_PAGE_DIR } from './helpers/buildReactPage';
import { writeEmbedHostPage } from './helpers/embedHostPage';
import { startHostileApi, type HostileApi } from './helpers/hostileApi';
import { launchChromium } from './helpers/launchChromium';
import { readTrap, writeTrap } from './helpers/pageTrap';
import { serveStatic, type StaticServer } from './helpers/serveStatic';

const PAGE_DIR = resolve('test-results/trusted-types');
let browser: Browser;
let api: HostileApi;
let site: StaticServer;
let csp = '';

beforeAll(async () => {
  assertEmbedBuilt();
  writeTrap(PAGE_DIR);
  writeEmbedHostPage(PAGE_DIR);
  await buildReactPage();
  writeTrap(REACT_PAGE_DIR);
  api = await startHostileApi();
  site = await serveStatic([PAGE_DIR, REACT_PAGE_DIR, '.'], {
    headers: (path): Record<string, string> => (path.endsWith('.html') && csp ? { 'Content-Security-Policy': csp } : {}),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

/** Opens the consent form of the consent-required link and checks what Trusted Types allowed. */
async function openConsentForm(page: Page): Promise<void> {
  const grid = page.getByRole('grid');
  await grid.waitFor();
  await grid.getByRole('button', { disabled: false }).first().click();
  await page.getByRole('radiogroup').getByRole('radio').first().click();
  await page.getByRole('heading', { name: 'Enter your details' }).waitFor();
  const consent = page.getByRole('group', { name: 'Consent' });
  // The organizer's formatting arrived as nodes once the sanitizer loaded.
  await consent.locator('strong', { hasText: 'Please tick below' }).waitFor();
  await expect.poll(() => consent.getByRole('link', { name: /privacy policy/i }).count()).toBeGreaterThan(0);
  expect(await page.getByText('Something went wrong in the scheduler').count()).toBe(0);
}

const CSPS = {
  'require-trusted-types-for only': "require-trusted-types-for 'script'",
  'the documented policy name only': `require-trusted-types-for 'script'; trusted-types ${WIDGET_TRUSTED_TYPES_POLICY_NAME}`,
};

describe.each(Object.entries(CSPS))('Trusted Types enforced (%s)', (_name, policy) => {
  it.each([
    ['the embed', '/embed.html'],
    ['a React app on the built package', '/react.html'],
  ])('%s renders consent texts with no violation and no host-page error', async (_what, path) => {
    csp = policy;
    const { page, close } = await newPage(browser);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.headers()['content-security-policy']).toBe(policy);
      await page.waitForFunction(() => typeof (window as unknown as { __mount?: unknown }).__mount === 'function');
      await page.evaluate((apiUrl) => (window as unknown as { __mount: (s: string, a: string) => void }).__mount('consent-required', apiUrl), api.url);
      await openConsentForm(page);
      const trap = await readTrap(page);
      expect(trap.violations).toEqual([]);
      expect(trap.hostErrors).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
