// The script-tag bundle's catalogs: files in dist/locales/ next to the bundle, loaded from the
// bundle's own URL when a widget needs one, and English when one cannot load.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../src/i18n/catalogs/de';
import { createScenarioScheduler } from '../../src/mock/index';
import { startMockServer } from '../../src/mock/server/index';
import { assertEmbedBuilt, EMBED_SCRIPT_TAG, expectOnlyRequestsTo, hostPage, newPage, openTestPage, TEST_PAGE_DIR, watchPage } from './embedHarness';
import { launchChromium } from './helpers/launchChromium';
import { serveStatic, type StaticServer } from './helpers/serveStatic';

let browser: Browser;
let site: StaticServer;
let api: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  assertEmbedBuilt();
  site = await serveStatic([TEST_PAGE_DIR, '.']);
  api = await startMockServer({ port: 0, host: '127.0.0.1', scheduler: createScenarioScheduler(), log: () => {} });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

const widget = (locale: string) =>
  `<meeting-scheduler id="w" slug="menelson" api-base-url="${api.url}" locale="${locale}"></meeting-scheduler>`;

describe('embed catalogs', () => {
  it('loads only the catalog in use, from beside the bundle, and speaks it', async () => {
    const { page, close } = await newPage(browser);
    const watch = watchPage(page);
    await openTestPage(page, site.url, 'embed-de', hostPage({ hostile: false, body: `${widget('de-DE')}${EMBED_SCRIPT_TAG}` }));
    const host = page.locator('#w');
    await host.getByRole('combobox', { name: de.timeZoneLabel }).waitFor();
    expect(await host.getByRole('button', { name: de.nextMonth }).count()).toBe(1);
    expect(await host.locator('.ms-root').getAttribute('lang')).toBe('de-DE');
    const catalogs = watch.requests.filter((url) => url.includes('/locales/'));
    expect(catalogs.filter((url) => !url.includes('/shared-'))).toEqual([`${site.url}/dist/locales/de.js`]);
    // The sample page's logo is the API's data (an example.com URL), not a file of ours.
    expectOnlyRequestsTo({ ...watch, requests: watch.requests.filter((url) => !url.startsWith('https://example.com/')) }, [site.url, api.url]);
    expect(watch.consoleErrors.filter((line) => !/ERR_NAME_NOT_RESOLVED/.test(line))).toEqual([]);
    await close();
  });

  it('shows English, without an error, when the catalog cannot load', async () => {
    const { page, close } = await newPage(browser);
    const watch = watchPage(page);
    await page.route('**/dist/locales/**', (route) => route.abort());
    await openTestPage(page, site.url, 'embed-de-offline', hostPage({ hostile: false, body: `${widget('de-DE')}${EMBED_SCRIPT_TAG}` }));
    const host = page.locator('#w');
    await host.getByRole('combobox', { name: 'Time zone' }).waitFor();
    expect(await host.getByRole('button', { name: 'Next month' }).count()).toBe(1);
    expect(watch.consoleErrors.filter((line) => !/locales\/de\.js|ERR_FAILED|ERR_NAME_NOT_RESOLVED/.test(line))).toEqual([]);
    await close();
  });

  it('fetches the zone picker’s search and country table from beside the bundle when the picker opens', async () => {
    const { page, close } = await newPage(browser);
    const watch = watchPage(page);
    await openTestPage(page, site.url, 'embed-zones', hostPage({ hostile: false, body: `${widget('en-US')}${EMBED_SCRIPT_TAG}` }));
    const zone = page.locator('#w').getByRole('combobox', { name: 'Time zone' });
    await zone.waitFor();
    expect(watch.requests.filter((url) => url.includes('zone-search'))).toEqual([]);
    await zone.click();
    // A country name matches only once the search and its table are in: searching by it proves it loaded.
    await zone.fill('India');
    await page.locator('#w').getByRole('option', { name: /Kolkata/ }).first().waitFor();
    expect(watch.requests.filter((url) => url.includes('zone-search'))).toEqual([`${site.url}/dist/locales/zone-search.js`]);
    await close();
  });
});
