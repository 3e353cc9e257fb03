// @vitest-environment node
import { matchQuery, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createMeetingsClient } from '../../../src/api/createMeetingsClient';
import { availabilityPageParamsOfKey, meetingsQueryKeys } from '../../../src/hooks/meetingsQueryKeys';
import { createFakeClient } from './fakeClient';

describe('meetingsQueryKeys', () => {
  it('puts every availability page of a slug under one filter, so a taken slot refreshes them all', () => {
    const queryClient = new QueryClient();
    const client = createMeetingsClient({ baseUrl: '/api' });
    const key = meetingsQueryKeys.availabilityPage(client, { slug: 'jdoe', timezone: 'Asia/Kolkata', monthOffset: 2 });
    const other = meetingsQueryKeys.availabilityPage(client, { slug: 'other', timezone: 'Asia/Kolkata', monthOffset: 2 });
    const filter = { queryKey: meetingsQueryKeys.availability(client, 'jdoe') };
    const query = (queryKey: readonly unknown[]) => queryClient.getQueryCache().build(queryClient, { queryKey });
    expect(matchQuery(filter, query(key))).toBe(true);
    expect(matchQuery(filter, query(other))).toBe(false);
  });

  it('are equal for two clients of the same API (a server render and the browser)', () => {
    const server = createMeetingsClient({ baseUrl: 'https://proxy.example/hubspot/', apiVersion: '2026-03' });
    const browser = createMeetingsClient({ baseUrl: 'https://proxy.example/hubspot', apiVersion: '2026-03' });
    const params = { slug: 'jdoe', timezone: 'UTC' };
    expect(meetingsQueryKeys.bookingInfo(server, params)).toEqual(meetingsQueryKeys.bookingInfo(browser, params));
    // JSON round trip: what dehydrate/hydrate carry from the server to the browser.
    expect(JSON.parse(JSON.stringify(meetingsQueryKeys.bookingInfo(server, params)))).toEqual(meetingsQueryKeys.bookingInfo(browser, params));
  });

  it('keep two proxies, two API versions and two explicit scopes apart', () => {
    const params = { slug: 'jdoe', timezone: 'UTC' };
    const key = (options: Parameters<typeof createMeetingsClient>[0]) => meetingsQueryKeys.bookingInfo(createMeetingsClient(options), params);
    expect(key({ baseUrl: '/a' })).not.toEqual(key({ baseUrl: '/b' }));
    expect(key({ baseUrl: '/a' })).not.toEqual(key({ baseUrl: '/a', apiVersion: '2026-03' }));
    expect(key({ baseUrl: 'https://x.example/a', scope: 'a' })).toEqual(key({ baseUrl: '/a', scope: 'a' }));
    expect(key({ scope: 'a' })).not.toEqual(key({ scope: 'b' }));
  });

  it('keeps booking info and availability of different zones apart', () => {
    const { client } = createFakeClient([]);
    expect(meetingsQueryKeys.bookingInfo(client, { slug: 's', timezone: 'UTC' })).not.toEqual(
      meetingsQueryKeys.bookingInfo(client, { slug: 's', timezone: 'Asia/Tokyo' }),
    );
  });

  it('reads an availability page key back by name, and nothing else', () => {
    const { client } = createFakeClient([]);
    const params = { slug: 's', timezone: 'UTC', monthOffset: 3 };
    expect(availabilityPageParamsOfKey(meetingsQueryKeys.availabilityPage(client, params))).toEqual(params);
    expect(availabilityPageParamsOfKey(meetingsQueryKeys.availability(client, 's'))).toBeUndefined();
    expect(availabilityPageParamsOfKey(meetingsQueryKeys.bookingInfo(client, params))).toBeUndefined();
  });
});
