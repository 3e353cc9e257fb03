// Issue 13's hostile-input browser suite, on the built embed under a strict CSP with Trusted
// Types enforced (sent as a response header): an XSS corpus in every text field of each response,
// booked to the confirmation; a few hundred fuzzed booking-info bodies; each fault on each call.
// A page-level trap counts executions, foreign requests and host-page errors: all must stay 0.
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertEmbedBuilt, newPage } from './embedHarness';
import { writeEmbedHostPage } from './helpers/embedHostPage';
import { injectPayloads, pathsOf, setAt } from './helpers/hostileBodies';
import { startHostileApi, type HostileAnswer, type HostileApi, type HostileCall } from './helpers/hostileApi';
import { launchChromium } from './helpers/launchChromium';
import { readTrap, writeTrap } from './helpers/pageTrap';
import { serveStatic, type StaticServer } from './helpers/serveStatic';
import { BOUNDARY_TEXT, fillForm, formValues, openForm, outcomes } from './helpers/widgetDriver';
import { XSS_CORPUS } from './helpers/xssCorpus';

const PAGE_DIR = resolve('test-results/hostile');
const PAGE_FILES = [
  '/embed.html',
  '/trap.js',
  '/embed-mount.js',
  '/dist/meeting-scheduler.embed.js',
  // Files the embed loads on demand from beside itself: the form and confirmation, DOMPurify for
  // consent HTML, and the catalog of a page language (fuzzed bodies name many).
  '/dist/meeting-scheduler.embed.booking.js',
  '/dist/meeting-scheduler.embed.dompurify.js',
];
const isOwnCatalog = (path: string): boolean => /^\/dist\/locales\/[\w-]+\.js$/.test(path);
const XSS_RUNS = 8;
const FUZZ_RUNS = 300;
const FUZZ_BATCH = 50;

let browser: Browser;
let api: HostileApi;
let site: StaticServer;
let page: Page;
let closePage: () => Promise<void>;
const foreign: string[] = [];
const pageErrors: string[] = [];
const timings: Record<string, number> = {};
const violationCounts: number[] = [];

function strictCsp(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' https:",
    `connect-src 'self' ${api.url}`,
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types meeting-scheduler',
  ].join('; ');
}

beforeAll(async () => {
  assertEmbedBuilt();
  writeTrap(PAGE_DIR);
  writeEmbedHostPage(PAGE_DIR);
  api = await startHostileApi();
  site = await serveStatic([PAGE_DIR, '.'], {
    headers: (path): Record<string, string> => (path.endsWith('.html') ? { 'Content-Security-Policy': strictCsp() } : {}),
  });
  browser = await launchChromium();
  ({ page, close: closePage } = await newPage(browser));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith(`${api.url}/`)) return;
    if (PAGE_FILES.some((file) => url === `${site.url}${file}`)) return;
    if (url.startsWith(`${site.url}/`) && isOwnCatalog(url.slice(site.url.length))) return;
    foreign.push(url);
  });
  await page.goto(`${site.url}/embed.html`);
  await page.waitForFunction(() => typeof (window as unknown as { __mount?: unknown }).__mount === 'function');
});

afterAll(async () => {
  console.log(`hostile suite timings (s): ${JSON.stringify(timings)}; CSP reports so far per check: ${JSON.stringify(violationCounts)}`);
  await closePage?.();
  await browser?.close();
  await site?.close();
  await api?.close();
});

async function mount(slug: string): Promise<void> {
  await page.evaluate(([s, a]) => (window as unknown as { __mount: (s: string, a: string) => void }).__mount(s!, a!), [slug, api.url]);
}

async function unmount(): Promise<void> {
  await page.evaluate(() => (window as unknown as { __unmount: () => void }).__unmount());
}

async function expectCleanPage(): Promise<void> {
  const trap = await readTrap(page);
  expect(trap.executions, 'payload executions').toBe(0);
  expect(trap.hostErrors, 'host-page errors').toEqual([]);
  // Chromium also reports script-src-attr / style-src-* for markup parsed into an inert DOMParser
  // document (DOMPurify's parse of hostile consent HTML): blocked, never run. Sinks reached with
  // strings would be Trusted Types violations, and those must not happen at all.
  violationCounts.push(trap.violations.length);
  expect(trap.violations.filter((violation) => /trusted-types/.test(violation)), 'Trusted Types violations').toEqual([]);
  expect(pageErrors, 'uncaught page errors').toEqual([]);
  expect(foreign, 'foreign requests').toEqual([]);
}

const widget = () => page.locator('#widget');

/** A success body for the book call, built from what was sent, every string a payload. */
function hostileBookAnswer(request: unknown, offset: number): HostileAnswer {
  const body = request as { startTime: number; duration: number; formFields: Array<{ name: string; value: string }> };
  const start = new Date(body.startTime).toISOString();
  const end = new Date(body.startTime + body.duration).toISOString();
  const response = {
    calendarEventId: 'x',
    start,
    end,
    duration: body.duration,
    contactId: 'x',
    bookingTimezone: 'x',
    locale: 'x',
    guestEmails: ['x'],
    subject: 'x',
    location: 'x',
    isOffline: false,
    webConferenceUrl: 'x',
    webConferenceMeetingId: 'x',
    formFields: body.formFields.map((field) => ({ name: field.name, label: 'x', translatedLabel: 'x', value: field.value, valueLabel: 'x', isCustom: true, fieldType: 'text' })),
    legalConsentResponses: [],
  };
  return { kind: 'json', status: 200, body: injectPayloads(response, XSS_CORPUS, offset) };
}

describe('hostile input, strict CSP and Trusted Types enforced', () => {
  it(`XSS corpus (${XSS_CORPUS.length} payloads) in every text field of each response, booked to the confirmation (${XSS_RUNS} runs)`, { timeout: 180_000 }, async () => {
    const started = Date.now();
    for (let run = 0; run < XSS_RUNS; run += 1) {
      const scenario = run % 2 === 0 ? 'consent-required' : 'custom-fields';
      const offset = run * 5;
      api.respond((request, fake) => {
        if (request.call === 'bookMeeting') return hostileBookAnswer(request.body, offset + 3);
        const answer = fake();
        return answer.kind === 'json' && answer.status === 200 ? { ...answer, body: injectPayloads(answer.body, XSS_CORPUS, offset) } : answer;
      });
      await mount(`${scenario}~xss${run}`);
      await openForm(widget());
      await fillForm(widget());
      await widget().locator('form.ms-booking-form button[type=submit]').click();
      await widget().locator('.ms-confirmation').waitFor();
      expect(await widget().getByText(BOUNDARY_TEXT).count()).toBe(0);
      await unmount();
    }
    api.respond(undefined);
    timings.xss = (Date.now() - started) / 1000;
    await expectCleanPage();
  });

  it(`${FUZZ_RUNS} fuzzed booking-info bodies each end in a calendar, a partial view or a clear message`, { timeout: 180_000 }, async () => {
    const started = Date.now();
    const base = api.scheduler.getBookingInfo('consent-required', { timezone: 'America/New_York' }).body;
    const paths = pathsOf(base);
    const junk = fc.oneof(
      fc.constantFrom(null, 8.64e15, 8640000000000001, -8.64e15 - 1, 1e308, -1, 0, '', '__proto__', 'NaN', '1e999', [], {}, true),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double(),
      fc.constantFrom(...XSS_CORPUS),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const mutations = fc.array(fc.tuple(fc.nat({ max: paths.length - 1 }), junk), { minLength: 1, maxLength: 6 });
    const bodies = fc.sample(mutations, { numRuns: FUZZ_RUNS, seed: 1313 }).map((list) => list.reduce<unknown>((body, [index, value]) => setAt(body, paths[index]!, value), base));
    const bySlug = new Map<string, unknown>();
    api.respond((request) => (request.call === 'getBookingInfo' && request.slug && bySlug.has(request.slug) ? { kind: 'json', status: 200, body: bySlug.get(request.slug) } : undefined));
    const seen: Record<string, number> = {};
    for (let first = 0; first < bodies.length; first += FUZZ_BATCH) {
      const slugs = bodies.slice(first, first + FUZZ_BATCH).map((body, index) => {
        const slug = `consent-required~fuzz${first + index}`;
        bySlug.set(slug, body);
        return slug;
      });
      await page.evaluate(([list, apiUrl]) => (window as unknown as { __mountMany: (s: string[], a: string) => void }).__mountMany(list as string[], apiUrl as string), [slugs, api.url] as const);
      let ended: string[] = [];
      for (let attempt = 0; attempt < 100; attempt += 1) {
        ended = await outcomes(page, '#many meeting-scheduler');
        if (ended.length === slugs.length && !ended.includes('loading')) break;
        await page.waitForTimeout(100);
      }
      ended.forEach((outcome, index) => {
        seen[outcome] = (seen[outcome] ?? 0) + 1;
        expect(outcome, `fuzz body ${first + index}: ${JSON.stringify(bodies[first + index]).slice(0, 400)}`).toMatch(/^(calendar|empty|message)$/);
      });
    }
    await page.evaluate(() => document.getElementById('many')?.replaceChildren());
    api.respond(undefined);
    timings.fuzz = (Date.now() - started) / 1000;
    console.log(`fuzz outcomes: ${JSON.stringify(seen)}`);
    await expectCleanPage();
  });
});

type Fault = 'not-found' | 'validation' | 'conflict' | 'rate-limited' | 'server-500' | 'unavailable-503' | 'dropped' | 'timeout' | 'malformed-json' | 'html-error-page' | 'empty-200' | 'offline';

const ERROR = (status: number, category: string, message: string, extra: object = {}, headers: Record<string, string> = {}): HostileAnswer => ({
  kind: 'json',
  status,
  body: { status: 'error', category, message, correlationId: 'c-1', ...extra },
  headers,
});

const FAULTS: Record<Exclude<Fault, 'offline'>, HostileAnswer> = {
  'not-found': ERROR(404, 'OBJECT_NOT_FOUND', 'Not found'),
  validation: ERROR(400, 'VALIDATION_ERROR', 'Invalid input', { errors: [{ message: 'This email domain is blocked.', in: 'email' }] }),
  conflict: ERROR(409, 'CONFLICT', 'That time is taken'),
  'rate-limited': ERROR(429, 'RATE_LIMITS', 'Slow down', {}, { 'Retry-After': '1' }),
  'server-500': ERROR(500, 'INTERNAL_ERROR', 'Oops'),
  'unavailable-503': ERROR(503, 'SERVICE_UNAVAILABLE', 'Down'),
  dropped: { kind: 'drop' },
  timeout: { kind: 'hang' },
  'malformed-json': { kind: 'raw', status: 200, body: '{"linkId": "1", "customParams": {', contentType: 'application/json' },
  'html-error-page': { kind: 'raw', status: 502, body: '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>parent.__xss()</script></body></html>', contentType: 'text/html' },
  'empty-200': { kind: 'raw', status: 200, body: '', contentType: 'application/json' },
};
const FAULT_NAMES = [...Object.keys(FAULTS), 'offline'] as Fault[];

/** Lets the widget's time pass: a fake clock jumps past the client's 15 s limit for `timeout`. */
async function waitUntil(check: () => Promise<boolean>, fault: Fault): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (await check()) return;
    if (fault === 'timeout') await page.clock.fastForward(16_000);
    else await page.waitForTimeout(100);
  }
  throw new Error(`no outcome for ${fault}`);
}

function faultOn(call: HostileCall, fault: Fault): void {
  api.respond((request) => (request.call === call && fault !== 'offline' ? FAULTS[fault] : undefined));
}

describe('each fault on each call', () => {
  beforeAll(async () => {
    // The timeout fault needs 15 s of the client's clock: installed once, it runs in real time
    // until a test jumps it forward.
    await page.clock.install();
    await page.reload();
    await page.waitForFunction(() => typeof (window as unknown as { __mount?: unknown }).__mount === 'function');
  });

  it('getBookingInfo: a clear message every time, never the boundary, no POST', { timeout: 180_000 }, async () => {
    const started = Date.now();
    for (const fault of FAULT_NAMES) {
      faultOn('getBookingInfo', fault);
      if (fault === 'offline') await page.context().setOffline(true);
      const posts = api.posts().length;
      await mount(`menelson~info-${fault}`);
      await waitUntil(async () => (await outcomes(page, '#widget'))[0] === 'message', fault);
      await page.context().setOffline(false);
      expect(await widget().getByText(BOUNDARY_TEXT).count(), fault).toBe(0);
      expect(await widget().locator('[role=alert]').first().textContent(), fault).toMatch(/\w{3}/);
      expect(api.posts().length).toBe(posts);
      await unmount();
    }
    timings.faultsBookingInfo = (Date.now() - started) / 1000;
    await expectCleanPage();
  });

  it('getAvailabilityPage: paging to that month gives a clear message, the calendar stays', { timeout: 180_000 }, async () => {
    const started = Date.now();
    for (const fault of FAULT_NAMES) {
      // Month 0 comes with the booking info; the first availability call is month 1's prefetch.
      // Offline: that prefetch is kept waiting, the connection drops, then the visitor pages.
      if (fault === 'offline') api.respond((request) => (request.call === 'getAvailabilityPage' ? { kind: 'hang' } : undefined));
      else faultOn('getAvailabilityPage', fault);
      await mount(`round-robin~month-${fault}`);
      await widget().getByRole('grid').waitFor();
      if (fault === 'offline') await page.context().setOffline(true);
      await widget().getByRole('button', { name: 'Next month' }).click();
      await waitUntil(async () => (await widget().locator('[role=alert]').count()) > 0, fault === 'offline' ? 'timeout' : fault);
      await page.context().setOffline(false);
      expect(await widget().getByRole('grid').count(), fault).toBe(1);
      expect(await widget().getByText(BOUNDARY_TEXT).count(), fault).toBe(0);
      await unmount();
    }
    api.respond(undefined);
    timings.faultsAvailability = (Date.now() - started) / 1000;
    await expectCleanPage();
  });

  it('bookMeeting: one POST per click, every typed value kept, a 2xx always confirms', { timeout: 240_000 }, async () => {
    const started = Date.now();
    const perClick: Record<string, { posts: number; keys: number; kept: boolean; outcome: string }> = {};
    for (const fault of FAULT_NAMES) {
      await page.context().setOffline(false);
      api.respond(undefined);
      api.scheduler.reset();
      await mount(`custom-fields~book-${fault}`);
      await openForm(widget());
      await fillForm(widget());
      const typed = await formValues(widget());
      faultOn('bookMeeting', fault);
      if (fault === 'offline') await page.context().setOffline(true);
      const before = api.posts().length;
      await widget().locator('form.ms-booking-form button[type=submit]').click();
      await waitUntil(async () => {
        const [outcome] = await outcomes(page, '#widget');
        return outcome === 'confirmation' || outcome === 'calendar' || (await widget().locator('[role=alert], [aria-invalid="true"]').count()) > 0;
      }, fault);
      if (fault === 'offline') {
        // Nothing goes out by itself once the connection is back.
        await page.context().setOffline(false);
        await page.waitForTimeout(1500);
      }
      const posts = api.posts().slice(before);
      const keys = new Set(posts.map((post) => post.idempotencyKey));
      const [outcome] = await outcomes(page, '#widget');
      let kept = true;
      if (outcome === 'calendar') {
        // 409: back to the calendar; the next pick finds the form as it was.
        await openForm(widget());
      }
      if (outcome !== 'confirmation') kept = JSON.stringify(await formValues(widget())) === JSON.stringify(typed);
      perClick[fault] = { posts: posts.length, keys: keys.size, kept, outcome: outcome ?? 'none' };
      expect(await widget().getByText(BOUNDARY_TEXT).count(), fault).toBe(0);
      for (const post of posts) expect(post.idempotencyKey, fault).toMatch(/^[0-9a-f-]{36}$/);
      expect(keys.size, `${fault}: distinct Idempotency-Keys for one click`).toBe(fault === 'offline' ? 0 : 1);
      if (fault === 'malformed-json' || fault === 'empty-200') expect(outcome, fault).toBe('confirmation');
      else expect(kept, `${fault}: typed values kept`).toBe(true);
      await unmount();
    }
    api.respond(undefined);
    timings.faultsBook = (Date.now() - started) / 1000;
    console.log(`book faults: ${JSON.stringify(perClick)}`);
    await expectCleanPage();
  });
});
