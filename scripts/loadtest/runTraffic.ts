import { seededRandom } from './stats';

const LINKS = '/scheduler/v3/meetings/meeting-links/book';

/** What one traffic phase plays against one or more proxies. */
export interface TrafficPlan {
  proxies: readonly string[];
  durationMs: number;
  loads: number;
  concurrency: number;
  bookings: number;
  campaignSlugs: readonly string[];
  zones: readonly string[];
  tailSlugs: readonly string[];
  tailVisitsEach: number;
  seed: number;
  /** Called at each scheduled moment, e.g. to take the upstream down. */
  timeline?: { atMs: number; run: () => void }[];
}

export interface BookOutcome {
  status: number;
  category?: string;
  email: string;
  slug: string;
  start: number;
  /** Whether the next read after it still offered the slot (only checked after a 200). */
  offeredAfter: boolean;
  replayStatus?: number;
}

export interface TrafficResult {
  readLatencies: number[];
  bookLatencies: number[];
  loadErrors: { status: number; text: string }[];
  loadsDone: number;
  books: BookOutcome[];
}

type Slot = { startMillisUtc: number; endMillisUtc: number };
type Availability = { linkAvailability?: { linkAvailabilityByDuration?: Record<string, { meetingDurationMillis: number; availabilities: Slot[] }> } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function offers(body: Availability, start: number, end: number): boolean {
  const byDuration = body.linkAvailability?.linkAvailabilityByDuration ?? {};
  return Object.values(byDuration).some((entry) => entry.availabilities.some((slot) => slot.startMillisUtc < end && slot.endMillisUtc > start));
}

/**
 * Widget loads (booking info, then the next month) spread over the phase by 200 concurrent
 * clients, a long tail of slugs visited a few times each, and bookings mixed in: each books a
 * free slot of the load it follows, a fifth of them sent twice with one Idempotency-Key (the
 * browser's own resend), and the next read after a booking checks that its slot is gone.
 */
export async function runTraffic(plan: TrafficPlan): Promise<TrafficResult> {
  const random = seededRandom(plan.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  type Item = { at: number; slug: string; zone: string; book: boolean };
  const items: Item[] = [];
  const tailLoads = plan.tailSlugs.length * plan.tailVisitsEach;
  for (let i = 0; i < plan.loads; i += 1) {
    const tail = i < tailLoads;
    items.push({ at: random() * plan.durationMs, slug: tail ? plan.tailSlugs[i % plan.tailSlugs.length]! : pick(plan.campaignSlugs), zone: pick(plan.zones), book: false });
  }
  for (let i = 0; i < plan.bookings; i += 1) items[tailLoads + i]!.book = true;
  items.sort((a, b) => a.at - b.at);

  const result: TrafficResult = { readLatencies: [], bookLatencies: [], loadErrors: [], loadsDone: 0, books: [] };
  const started = Date.now();
  for (const step of plan.timeline ?? []) setTimeout(step.run, step.atMs);
  let next = 0;
  let bookCount = 0;

  const read = async (proxy: string, path: string) => {
    const t = performance.now();
    const response = await fetch(`${proxy}${path}`);
    const text = await response.text();
    result.readLatencies.push(performance.now() - t);
    return { status: response.status, text };
  };

  const worker = async (index: number) => {
    for (;;) {
      const item = items[next];
      if (!item) return;
      next += 1;
      const wait = started + item.at - Date.now();
      if (wait > 0) await sleep(wait);
      const proxy = plan.proxies[index % plan.proxies.length]!;
      const zone = encodeURIComponent(item.zone);
      try {
        const info = await read(proxy, `${LINKS}/${item.slug}?timezone=${zone}&monthOffset=0`);
        const page = await read(proxy, `${LINKS}/availability-page/${item.slug}?timezone=${zone}&monthOffset=1`);
        for (const answer of [info, page]) {
          if (answer.status !== 200 || !('linkAvailability' in (JSON.parse(answer.text) as object))) result.loadErrors.push(answer);
        }
        result.loadsDone += 1;
        if (item.book && info.status === 200) await book(proxy, item, JSON.parse(info.text) as Availability, index);
      } catch (error) {
        result.loadErrors.push({ status: 0, text: String(error) });
      }
    }
  };

  const book = async (proxy: string, item: Item, info: Availability, index: number) => {
    const entry = Object.values(info.linkAvailability?.linkAvailabilityByDuration ?? {})[0];
    const free = entry?.availabilities ?? [];
    if (free.length === 0) return;
    const slot = free[Math.floor(random() * Math.min(free.length, 40))]!;
    const n = (bookCount += 1);
    const email = `visitor${plan.seed}-${n}@example.com`;
    const key = crypto.randomUUID();
    const send = () =>
      fetch(`${proxy}${LINKS}?timezone=${encodeURIComponent(item.zone)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'X-Forwarded-For': `10.${index % 250}.${n % 250}.${(n * 7) % 250}` },
        body: JSON.stringify({
          slug: item.slug,
          firstName: 'Load',
          lastName: `Test ${n}`,
          email,
          startTime: slot.startMillisUtc,
          duration: entry!.meetingDurationMillis,
          timezone: item.zone,
          formFields: [],
          legalConsentResponses: [],
          likelyAvailableUserIds: [],
        }),
      });
    const t = performance.now();
    const resend = n % 5 === 0;
    const [response, again] = await Promise.all([send(), resend ? sleep(5).then(send) : Promise.resolve(undefined)]);
    result.bookLatencies.push(performance.now() - t);
    const body = (await response.json()) as { category?: string };
    await again?.text();
    const outcome: BookOutcome = { status: response.status, category: body.category, email, slug: item.slug, start: slot.startMillisUtc, offeredAfter: false, replayStatus: again?.status };
    if (response.status === 200) {
      // The next read, through another instance when there are two: the slot must be gone.
      const other = plan.proxies[(index + 1) % plan.proxies.length]!;
      const after = await read(other, `${LINKS}/${item.slug}?timezone=${encodeURIComponent(item.zone)}&monthOffset=0`);
      outcome.offeredAfter = after.status !== 200 || offers(JSON.parse(after.text) as Availability, slot.startMillisUtc, slot.endMillisUtc);
    }
    result.books.push(outcome);
  };

  await Promise.all(Array.from({ length: plan.concurrency }, (_, i) => worker(i)));
  return result;
}
