// @vitest-environment node
import { dehydrate, HydrationBoundary, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeetingsClient, meetingsQueryKeys, prefetchBookingInfo } from '../../src/core';
import { MeetingScheduler } from '../../src/index';
import { startMockServer, type RunningMockServer } from '../../src/mock/server/startMockServer';

const ZONE = 'America/New_York';
let server: RunningMockServer;
let requests: string[];

beforeAll(async () => {
  requests = [];
  server = await startMockServer({ port: 0, log: (line) => requests.push(line) });
});
afterAll(() => server.close());

/** What a server page does: prefetch, dehydrate, and hand the state over as JSON. */
async function prefetchedState(slug: string) {
  const queryClient = new QueryClient();
  await prefetchBookingInfo(queryClient, { client: createMeetingsClient({ baseUrl: server.url }), slug, timezone: ZONE });
  return JSON.parse(JSON.stringify(dehydrate(queryClient))) as ReturnType<typeof dehydrate>;
}

/** The browser side of the page, rendered to a string as the server's HTML is. */
function renderPage(slug: string, state: ReturnType<typeof dehydrate> | undefined): string {
  const queryClient = new QueryClient();
  return renderToString(
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={state}>
        <MeetingScheduler slug={slug} apiBaseUrl={server.url} timezone={ZONE} locale="en-US" queryClient={queryClient} />
      </HydrationBoundary>
    </QueryClientProvider>,
  );
}

describe('a server render with prefetchBookingInfo', () => {
  it('shows days and times, not the skeleton', async () => {
    const html = renderPage('round-robin', await prefetchedState('round-robin'));
    expect(html).toContain('role="grid"');
    expect(html).toMatch(/<button[^>]*class="ms-calendar__day"[^>]*data-available="true"/);
    expect(html).toContain('role="radiogroup"');
    expect(html.match(/role="radio"/g)?.length).toBeGreaterThan(0);
    expect(html).not.toContain('aria-busy="true"');
  });

  it('without it, shows the loading skeleton (nothing is fetched during a server render)', () => {
    const html = renderPage('round-robin', undefined);
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain('role="grid"');
  });

  it('fetches the booking info, the opening month and the next one, under keys the browser uses', async () => {
    requests.length = 0;
    const slug = 'two-months-ahead';
    const state = await prefetchedState(slug);
    const browserClient = createMeetingsClient({ baseUrl: server.url });
    const find = (queryKey: readonly unknown[]) => state.queries.find((query) => JSON.stringify(query.queryKey) === JSON.stringify(queryKey));
    expect(find(meetingsQueryKeys.bookingInfo(browserClient, { slug, timezone: ZONE }))?.state.status).toBe('success');
    // Months 0 and 1 have nothing: the search pages on and the calendar opens on month 2.
    expect(find(meetingsQueryKeys.firstAvailableMonth(browserClient, { slug, timezone: ZONE }, 12))?.state.data).toBe(2);
    const page = (monthOffset: number) => find(meetingsQueryKeys.availabilityPage(browserClient, { slug, timezone: ZONE, monthOffset }));
    for (const monthOffset of [0, 1, 2]) expect(page(monthOffset)?.state.status).toBe('success');
    // The month after the opening one too, when the server says there is more: the calendar prefetches it.
    const hasMore = (page(2)?.state.data as { hasMore: boolean }).hasMore;
    expect(page(3) !== undefined).toBe(hasMore);
    // Month 0 came with the booking info: one request per other month.
    expect(requests.filter((line) => line.includes('/availability-page/'))).toHaveLength(hasMore ? 3 : 2);
  });

  it('does not throw for a page that does not exist: the browser shows the error itself', async () => {
    const state = await prefetchedState('no-such-page');
    expect(state.queries).toEqual([]);
  });
});
