// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { meetingsQueryKeys } from '../../../src/hooks/meetingsQueryKeys';
import { createFakeClient } from './fakeClient';

describe('meetingsQueryKeys', () => {
  it('puts every availability page of a slug under one prefix, so a taken slot refreshes them all', () => {
    const { client } = createFakeClient([]);
    const prefix = meetingsQueryKeys.availability(client, 'jdoe');
    const key = meetingsQueryKeys.availabilityPage(client, { slug: 'jdoe', timezone: 'Asia/Kolkata', monthOffset: 2 });
    expect(key.slice(0, prefix.length)).toEqual(prefix);
    expect(key.slice(prefix.length)).toEqual(['Asia/Kolkata', 2]);
  });

  it('keeps the caches of two clients apart (two widgets, one host QueryClient, different proxies)', () => {
    const a = createFakeClient([]).client;
    const b = createFakeClient([]).client;
    const params = { slug: 'jdoe', timezone: 'UTC' };
    expect(meetingsQueryKeys.bookingInfo(a, params)).not.toEqual(meetingsQueryKeys.bookingInfo(b, params));
    expect(meetingsQueryKeys.bookingInfo(a, params)).toEqual(meetingsQueryKeys.bookingInfo(a, params));
  });

  it('keeps booking info and availability of different zones apart', () => {
    const { client } = createFakeClient([]);
    expect(meetingsQueryKeys.bookingInfo(client, { slug: 's', timezone: 'UTC' })).not.toEqual(
      meetingsQueryKeys.bookingInfo(client, { slug: 's', timezone: 'Asia/Tokyo' }),
    );
  });
});
