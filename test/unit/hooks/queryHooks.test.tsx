import { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingsApiError } from '../../../src/api/MeetingsApiError';
import { availabilityPageQueryOptions } from '../../../src/hooks/availabilityPageQueryOptions';
import { bookingInfoQueryOptions } from '../../../src/hooks/bookingInfoQueryOptions';
import { setBookingInfoData } from '../../../src/hooks/setBookingInfoData';
import { useAvailableDays } from '../../../src/hooks/useAvailableDays';
import { useBookingInfo } from '../../../src/hooks/useBookingInfo';
import { useMonthAvailability } from '../../../src/hooks/useMonthAvailability';
import { useOpeningMonth } from '../../../src/hooks/useOpeningMonth';
import { useRefreshAvailability } from '../../../src/hooks/useRefreshAvailability';
import { bookingInfo, createFakeClient, MIN15, page } from './fakeClient';
import { renderWithClient } from './renderWithClient';
import { useFixedClock } from '../../helpers/fixedClock';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);

useFixedClock('2025-10-09T12:00:00Z');

describe('booking info seeds month 0', () => {
  it('lets the first month show without a second request', async () => {
    const { client, calls } = createFakeClient([page([at('2025-10-13T13:00:00Z')], false)]);
    const { result, queryClient } = renderWithClient(() => useBookingInfo({ slug: 'jdoe', timezone: NY }), client);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const month = renderWithClient(() => useMonthAvailability({ slug: 'jdoe', timezone: NY, monthOffset: 0 }), client, { queryClient });
    expect(month.result.current.data?.slotsByDuration[MIN15]).toHaveLength(1);
    expect(calls.map((call) => call.method)).toEqual(['getBookingInfo']);
  });

  it('asks for it during the first render, not an effect (and a frame) later', async () => {
    const { client, calls } = createFakeClient([page([], false)]);
    const requestsSeenByRender: number[] = [];
    const { result } = renderWithClient(() => {
      const info = useBookingInfo({ slug: 'jdoe', timezone: NY });
      requestsSeenByRender.push(calls.length);
      return info;
    }, client);
    expect(requestsSeenByRender[0]).toBe(1);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(calls).toHaveLength(1);
  });

  it('is cached by setBookingInfoData exactly as its query caches it', async () => {
    const { client } = createFakeClient([page([at('2025-10-13T13:00:00Z')], true)]);
    const params = { slug: 'jdoe', timezone: NY };
    const queried = new QueryClient();
    const info = await queried.fetchQuery(bookingInfoQueryOptions(client, params));
    const seeded = new QueryClient();
    setBookingInfoData(seeded, client, params, info);
    const cached = (queryClient: QueryClient) =>
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => [query.queryHash, query.state.status, query.state.data]);
    expect(cached(seeded)).toEqual(cached(queried));
    expect(cached(seeded)).toHaveLength(2);
  });

  it('passes the query abort signal through to the client', async () => {
    const { client, calls } = createFakeClient([page([], false)]);
    await new QueryClient().fetchQuery(bookingInfoQueryOptions(client, { slug: 'jdoe', timezone: NY }));
    expect(calls[0]?.signal).toBeInstanceOf(AbortSignal);
  });
});

describe('retries', () => {
  it('retries a server error and then shows the data', async () => {
    const failure = new MeetingsApiError({ kind: 'server', message: 'boom', status: 500 });
    const { client, calls } = createFakeClient([page([], false)], { failWith: [failure] });
    const { result } = renderWithClient(() => useBookingInfo({ slug: 'jdoe', timezone: NY }), client);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(calls).toHaveLength(2);
  });

  it('does not retry a missing page', async () => {
    const missing = new MeetingsApiError({ kind: 'not-found', message: 'nope', status: 404 });
    const { client, calls } = createFakeClient([page([], false)], { failWith: [missing] });
    const { result } = renderWithClient(() => useBookingInfo({ slug: 'nope', timezone: NY }), client);
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('not-found');
    expect(calls).toHaveLength(1);
  });
});

describe('useOpeningMonth', () => {
  it('opens on month 0 with no extra request when it has a slot', async () => {
    const first = page([at('2025-10-10T20:45:00Z')], true);
    const { client, calls } = createFakeClient([first, page([], false)]);
    const queryClient = new QueryClient();
    await queryClient.fetchQuery(bookingInfoQueryOptions(client, { slug: 's', timezone: NY }));
    const statuses: string[] = [];
    const { result } = renderWithClient(
      () => {
        const opening = useOpeningMonth(bookingInfo(first), { slug: 's', timezone: NY });
        statuses.push(opening.status);
        return opening;
      },
      client,
      { queryClient },
    );
    // Known from the cache in the first render: the calendar need not wait for a query to settle.
    expect(statuses[0]).toBe('ready');
    expect(result.current).toEqual({ status: 'ready', duration: MIN15, month: '2025-10' });
    expect(calls.filter((call) => call.method === 'getAvailabilityPage')).toEqual([]);
  });

  it('pages forward while hasMore until a month has a future slot', async () => {
    const past = page([at('2025-10-01T13:00:00Z')], true); // before "now": never offered
    const { client, calls } = createFakeClient([past, page([], true), page([at('2025-12-02T15:00:00Z')], true)]);
    const { result } = renderWithClient(() => useOpeningMonth(bookingInfo(past), { slug: 's', timezone: NY }), client);
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current).toMatchObject({ month: '2025-12', duration: MIN15 });
    expect(calls.map((call) => call.monthOffset)).toEqual([0, 1, 2]);
  });

  it('is empty when no page has a slot and the server says there is no more', async () => {
    const { client, calls } = createFakeClient([page([], true), page([], false)]);
    const { result } = renderWithClient(() => useOpeningMonth(bookingInfo(page([], true)), { slug: 's', timezone: NY }), client);
    await waitFor(() => expect(result.current.status).toBe('empty'));
    expect(calls).toHaveLength(2);
  });

  it('gives up after maxMonths pages', async () => {
    const pages = Array.from({ length: 20 }, () => page([], true));
    const { client, calls } = createFakeClient(pages);
    const { result } = renderWithClient(
      () => useOpeningMonth(bookingInfo(pages[0]!), { slug: 's', timezone: NY }, { maxMonths: 3 }),
      client,
    );
    await waitFor(() => expect(result.current.status).toBe('empty'));
    expect(calls).toHaveLength(3);
  });

  it('picks the first listed duration that has a slot', async () => {
    const first = page([], false);
    first.slotsByDuration[1_800_000] = [{ start: at('2025-10-14T14:00:00Z'), end: at('2025-10-14T14:30:00Z') }];
    const { client } = createFakeClient([first]);
    const { result } = renderWithClient(
      () => useOpeningMonth(bookingInfo(first, [MIN15, 1_800_000]), { slug: 's', timezone: NY }),
      client,
    );
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current).toMatchObject({ duration: 1_800_000, month: '2025-10' });
  });
});

describe('useAvailableDays', () => {
  const params = { slug: 's', timezone: 'Asia/Kolkata', duration: MIN15, month: '2025-10' };

  it('groups the month by day in the zone and prefetches the next month while hasMore', async () => {
    // 20:45Z on Oct 10 is 02:15 on Oct 11 in Kolkata.
    const { client, calls } = createFakeClient([page([at('2025-10-10T20:45:00Z')], true), page([at('2025-11-03T05:00:00Z')], false)]);
    const { result, queryClient } = renderWithClient(() => useAvailableDays(params), client);
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.days.map((day) => day.date)).toEqual(['2025-10-11']);
    expect(result.current).toMatchObject({ monthOffset: 0, canGoNext: true, canGoPrevious: false, today: '2025-10-09' });
    await waitFor(() => expect(calls.map((call) => call.monthOffset)).toEqual([0, 1]));
    const next = availabilityPageQueryOptions(client, { slug: 's', timezone: 'Asia/Kolkata', monthOffset: 1 });
    expect(queryClient.getQueryData(next.queryKey)?.hasMore).toBe(false);
  });

  it('does not prefetch, and cannot go next, when the page says there is no more', async () => {
    const { client, calls } = createFakeClient([page([at('2025-10-13T13:00:00Z')], false)]);
    const { result } = renderWithClient(() => useAvailableDays(params), client);
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.canGoNext).toBe(false);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(calls.map((call) => call.monthOffset)).toEqual([0]);
  });

  it('asks for the month offset from the current month in the zone', async () => {
    const { client, calls } = createFakeClient([page([], true), page([], true), page([at('2025-12-02T15:00:00Z')], false)]);
    const { result } = renderWithClient(() => useAvailableDays({ ...params, month: '2025-12' }), client);
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.monthOffset).toBe(2);
    expect(calls.map((call) => call.monthOffset)).toEqual([2]);
  });

  it('shows the current month instead of a past one', async () => {
    const { client } = createFakeClient([page([], false)]);
    const { result } = renderWithClient(() => useAvailableDays({ ...params, month: '2025-08' }), client);
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current).toMatchObject({ month: '2025-10', monthOffset: 0 });
  });
});

describe('useRefreshAvailability', () => {
  it('drops the taken slot at once and refetches every page of the slug', async () => {
    const taken = at('2025-10-13T13:00:00Z');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const pages = [page([taken, taken + MIN15], false)];
    const { client, calls } = createFakeClient(pages, { beforeAnswer: () => (calls.length > 1 ? held : Promise.resolve()) });
    const { result } = renderWithClient(
      () => ({ month: useMonthAvailability({ slug: 's', timezone: NY, monthOffset: 0 }), refresh: useRefreshAvailability() }),
      client,
    );
    await waitFor(() => expect(result.current.month.data).toBeDefined());
    pages[0] = page([taken + MIN15, taken + 2 * MIN15], false);
    act(() => void result.current.refresh('s', { start: taken, end: taken + MIN15 }));
    // While the fresh page is on its way, the taken time is already gone.
    await waitFor(() => expect(result.current.month.data?.slotsByDuration[MIN15]?.map((slot) => slot.start)).toEqual([taken + MIN15]));
    expect(calls).toHaveLength(2);
    release();
    await waitFor(() => expect(result.current.month.data?.slotsByDuration[MIN15]).toHaveLength(2));
    expect(result.current.month.data?.slotsByDuration[MIN15]?.[1]?.start).toBe(taken + 2 * MIN15);
  });
});
