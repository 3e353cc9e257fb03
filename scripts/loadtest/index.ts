// npm run loadtest [-- --quick]: the proxy against a rate-limited fake HubSpot; exits 1 on a missed figure.
import { startRedisServer } from '../../test/helpers/startRedisServer';
import { runTraffic, type TrafficResult } from './runTraffic';
import { startFakeHubSpotProcess } from './startFakeHubSpotProcess';
import { startProxyProcess } from './startProxyProcess';
import { percentile } from './stats';
import { LOAD_TEST_ZONES } from './zones';

const quick = process.argv.includes('--quick');
const CAMPAIGN = Array.from({ length: 5 }, (_, i) => `campaign-${i + 1}`);
// The quick run is the full mix at a third of the length (150 loads/s, 2 bookings/s in both), so
// its long tail is a third too: 30 cold slugs in 20 s would be three times the full run's rate of
// first reads, each costing up to three upstream calls, a heavier test than the one specified.
const TAIL = Array.from({ length: quick ? 10 : 30 }, (_, i) => `tail-${i + 1}`);
const LIMIT = 100;
const WINDOW_MS = 10_000;
const PERCLIENT = 5;
/** The proxy's default book-limit window (createBookLimiter). */
const BOOK_LIMIT_WINDOW_MS = 600_000;
const size = quick
  ? { loads: 3000, durationMs: 20_000, bookings: 40, concurrency: 200, outageMs: 10_000, outagePhaseMs: 24_000 }
  : { loads: 10_000, durationMs: 60_000, bookings: 100, concurrency: 200, outageMs: 30_000, outagePhaseMs: 40_000 };

interface Row {
  figure: string;
  value: string;
  target: string;
  ok: boolean;
}
const rows: Row[] = [];
const check = (figure: string, value: string | number, target: string, ok: boolean) => rows.push({ figure, value: String(value), target, ok });
const ms = (value: number) => `${value.toFixed(0)} ms`;
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

const fake = () => startFakeHubSpotProcess({ slugs: [...CAMPAIGN, ...TAIL], limit: LIMIT, windowMs: WINDOW_MS, latencyMs: 150 });
type Fake = Awaited<ReturnType<typeof fake>>;

async function report(label: string, upstream: Fake, traffic: TrafficResult, phaseStart: number, stats: { rssBytes: number }[]) {
  const fakeReport = await upstream.report();
  const booked = traffic.books.filter((book) => book.status === 200);
  const taken = traffic.books.filter((book) => book.status === 409 || book.category === 'CONFLICT' || (book.status === 400 && book.category !== 'VALIDATION_ERROR'));
  const made = fakeReport.bookings.filter((booking) => booking.email.startsWith('visitor'));
  const madePerEmail = new Map<string, number>();
  for (const booking of made) madePerEmail.set(booking.email, (madePerEmail.get(booking.email) ?? 0) + 1);
  const twice = [...madePerEmail.values()].filter((count) => count > 1).length;
  const lost = booked.filter((book) => madePerEmail.get(book.email) !== 1).length + made.filter((booking) => !booked.some((book) => book.email === booking.email)).length;
  const other = traffic.books.length - booked.length - taken.length;
  const upstreamCalls = fakeReport.log.filter((entry) => entry.at >= phaseStart).length;
  const upstream429 = fakeReport.log.filter((entry) => entry.status === 429).length;
  check(`${label}: widget loads`, `${traffic.loadsDone}`, `${size.loads}`, traffic.loadsDone === size.loads);
  check(`${label}: loads shown as an error`, traffic.loadErrors.length, '0', traffic.loadErrors.length === 0);
  check(`${label}: bookings ok / slot taken / other`, `${booked.length} / ${taken.length} / ${other}`, `other 0`, other === 0 && booked.length > 0);
  check(`${label}: bookings lost or made twice`, lost + twice, '0', lost + twice === 0);
  check(`${label}: resends answered with the first result`, traffic.books.filter((book) => book.replayStatus !== undefined && book.replayStatus === book.status).length + ` of ${traffic.books.filter((book) => book.replayStatus !== undefined).length}`, 'all', traffic.books.every((book) => book.replayStatus === undefined || book.replayStatus === book.status));
  check(`${label}: next read offers the booked slot`, booked.filter((book) => book.offeredAfter).length, '0', booked.every((book) => !book.offeredAfter));
  check(`${label}: busiest rolling 10 s upstream`, fakeReport.busiestWindow, `≤ ${LIMIT}`, fakeReport.busiestWindow <= LIMIT);
  check(`${label}: upstream 429s`, upstream429, '0', upstream429 === 0);
  check(`${label}: upstream calls per 1,000 loads`, ((upstreamCalls / traffic.loadsDone) * 1000).toFixed(1), 'report', true);
  check(`${label}: read latency p50 / p95 / p99`, [50, 95, 99].map((p) => ms(percentile(traffic.readLatencies, p))).join(' / '), 'report', true);
  check(`${label}: book latency p50 / p95 / p99`, [50, 95, 99].map((p) => ms(percentile(traffic.bookLatencies, p))).join(' / '), 'report', true);
  check(`${label}: proxy memory (RSS) at the end`, stats.map((s) => mib(s.rssBytes)).join(' + '), 'report', true);
  const histogram = (items: string[]) => [...items.reduce((map, item) => map.set(item, (map.get(item) ?? 0) + 1), new Map<string, number>())].map(([key, count]) => `${count}× ${key}`).join(', ');
  if (traffic.loadErrors.length > 0) console.error(`${label} load errors: ${histogram(traffic.loadErrors.map((error) => `${error.status} ${error.text.slice(0, 80)}`))}`);
  console.error(`${label} book answers: ${histogram(traffic.books.map((book) => `${book.status} ${book.category ?? ''}`))}`);
}

const plan = (proxies: string[], seed: number) => ({
  proxies,
  durationMs: size.durationMs,
  loads: size.loads,
  concurrency: size.concurrency,
  bookings: size.bookings,
  campaignSlugs: CAMPAIGN,
  zones: LOAD_TEST_ZONES,
  tailSlugs: TAIL,
  tailVisitsEach: 4,
  seed,
});

async function singleProcess() {
  const upstream = await fake();
  const proxy = await startProxyProcess({ UPSTREAM_URL: upstream.url });
  try {
    const start = Date.now();
    const traffic = await runTraffic(plan([proxy.url], 1));
    await report('1 process', upstream, traffic, start, [await proxy.stats()]);
  } finally {
    await proxy.stop();
    await upstream.close();
  }
}

async function twoProcessesOnRedis() {
  const redis = await startRedisServer();
  const upstream = await fake();
  const env = { UPSTREAM_URL: upstream.url, REDIS_URL: redis.url, RUN_ID: String(Date.now()) };
  const proxies = [await startProxyProcess(env), await startProxyProcess(env)];
  try {
    const start = Date.now();
    const traffic = await runTraffic(plan(proxies.map((p) => p.url), 2));
    await report('2 processes + Redis', upstream, traffic, start, await Promise.all(proxies.map((p) => p.stats())));
  } finally {
    await Promise.all(proxies.map((p) => p.stop()));
    await upstream.close();
    await redis.stop();
  }
}

async function outageAndBot() {
  const upstream = await fake();
  const proxy = await startProxyProcess({ UPSTREAM_URL: upstream.url });
  try {
    const downFrom = 8_000;
    const traffic = await runTraffic({
      ...plan([proxy.url], 3),
      durationMs: size.outagePhaseMs,
      loads: Math.round((size.loads * size.outagePhaseMs) / size.durationMs / 2),
      bookings: 0,
      tailSlugs: [],
      tailVisitsEach: 0,
      timeline: [
        { atMs: downFrom, run: () => void upstream.setDown(true) },
        { atMs: downFrom + size.outageMs, run: () => void upstream.setDown(false) },
      ],
    });
    check('outage: reads answered (stale)', `${traffic.loadsDone - traffic.loadErrors.length} of ${traffic.loadsDone}`, 'all', traffic.loadErrors.length === 0);
    // Books during the outage: a clear 503.
    await upstream.setDown(true);
    const statuses = new Map<string, number>();
    for (let i = 0; i < 10; i += 1) {
      const response = await fetch(`${proxy.url}/scheduler/v3/meetings/meeting-links/book`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `172.16.0.${i}` },
        body: JSON.stringify({ slug: 'campaign-1', firstName: 'A', lastName: 'B', email: `down${i}@example.com`, startTime: Date.now() + 86_400_000, duration: 1_800_000 }),
      });
      const body = (await response.json()) as { category?: string };
      const key = `${response.status} ${body.category}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    await upstream.setDown(false);
    const summary = [...statuses].map(([key, count]) => `${count}× ${key}`).join(', ');
    check('outage: books', summary, '503 UPSTREAM_UNAVAILABLE', statuses.size === 1 && statuses.has('503 UPSTREAM_UNAVAILABLE'));
    check('outage: proxy process still running', proxy.alive() ? 'yes' : 'no', 'yes', proxy.alive());

    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const before = (await upstream.report()).log.filter((entry) => entry.method === 'POST').length;
    // The per-client limit counts per fixed window (the proxy's default, 10 minutes): a bot that
    // happens to run across a window boundary rightly gets the next window's allowance too.
    const firstWindow = Math.floor(Date.now() / BOOK_LIMIT_WINDOW_MS);
    let next = 0;
    const codes = new Map<number, number>();
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < 1000) {
          const n = (next += 1);
          const response = await fetch(`${proxy.url}/scheduler/v3/meetings/meeting-links/book`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.66', 'Idempotency-Key': `bot-${n}` },
            body: JSON.stringify({ slug: 'campaign-2', firstName: 'Bot', lastName: String(n), email: `bot${n}@example.com`, startTime: Date.now() + n * 3_600_000, duration: 1_800_000 }),
          });
          await response.arrayBuffer();
          codes.set(response.status, (codes.get(response.status) ?? 0) + 1);
        }
      }),
    );
    const reached = (await upstream.report()).log.filter((entry) => entry.method === 'POST').length - before;
    const allowed = PERCLIENT * (Math.floor(Date.now() / BOOK_LIMIT_WINDOW_MS) - firstWindow + 1);
    check('bot: 1,000 book calls from one address reach HubSpot', reached, `≤ ${allowed}`, reached <= allowed);
    check('bot: answers', [...codes].map(([code, count]) => `${count}× ${code}`).join(', '), 'rest 429', (codes.get(429) ?? 0) >= 1000 - allowed);
  } finally {
    await proxy.stop();
    await upstream.close();
  }
}

const started = Date.now();
// --phase=single|redis|outage runs one part (for working on it); the table then has only its rows.
const phase = process.argv.find((arg) => arg.startsWith('--phase='))?.slice(8);
if (!phase || phase === 'single') await singleProcess();
if (!phase || phase === 'redis') await twoProcessesOnRedis();
if (!phase || phase === 'outage') await outageAndBot();

const width = Math.max(...rows.map((row) => row.figure.length));
const valueWidth = Math.max(...rows.map((row) => row.value.length));
console.log(`\nmeeting-scheduler proxy load test${quick ? ' (--quick: CI size)' : ''}: ${size.loads} loads in ${size.durationMs / 1000} s from ${size.concurrency} clients, ${size.bookings} bookings, ${CAMPAIGN.length} campaign slugs × ${LOAD_TEST_ZONES.length} zones + ${TAIL.length} long-tail slugs; fake HubSpot ${LIMIT} req / rolling ${WINDOW_MS / 1000} s, ~150 ms\n`);
for (const row of rows) console.log(`${row.ok ? 'ok  ' : 'MISS'}  ${row.figure.padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.target}`);
const missed = rows.filter((row) => !row.ok).length;
console.log(`\n${rows.length - missed} passed, ${missed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exit(missed === 0 ? 0 : 1);
