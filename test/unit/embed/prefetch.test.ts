import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeetingsClient } from '../../../src/api/createMeetingsClient';
import { bookingInfoUrl } from '../../../src/embed/bookingInfoUrl';
import { PREFETCH_GLOBAL } from '../../../src/embed/embedFiles';
import { claimPrefetched, fetchWithPrefetch, peekPrefetchedBody, prefetch } from '../../../src/embed/prefetchedResponses';
import { resolveTimeZone } from '../../../src/scheduling/resolveTimeZone';

/** The URL the widget's client really requests for these props (its first call). */
async function clientUrl(props: { slug: string; apiBaseUrl?: string; apiVersion?: string; timezone?: string }): Promise<string> {
  let requested = '';
  const client = createMeetingsClient({
    baseUrl: props.apiBaseUrl,
    apiVersion: props.apiVersion,
    fetch: async (input) => {
      requested = String(input);
      throw new Error('stop');
    },
  });
  await client.getBookingInfo(props.slug, { timezone: resolveTimeZone(props.timezone) }).catch(() => {});
  return requested;
}

afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[PREFETCH_GLOBAL];
  vi.unstubAllGlobals();
});

describe('bookingInfoUrl', () => {
  it('is exactly the URL the client asks for, so the widget can claim the loader’s request', async () => {
    const cases = [
      { slug: 'jdoe', apiBaseUrl: 'https://api.example/hubspot/', timezone: 'Asia/Calcutta' },
      { slug: 'a b/c?', apiBaseUrl: '/api', apiVersion: '2026-03' },
      { slug: 'team', timezone: 'Not/AZone' },
    ];
    for (const props of cases) expect(bookingInfoUrl(props)).toBe(await clientUrl(props));
  });

  it('gives nothing for a slug the client would refuse', () => {
    expect(bookingInfoUrl({ slug: '' })).toBeUndefined();
    expect(bookingInfoUrl({ slug: '..' })).toBeUndefined();
  });
});

describe('prefetched responses', () => {
  it('hands the loader’s response to the first GET of that URL only', async () => {
    const response = new Response('{}');
    const fetchMock = vi.fn(async () => response);
    vi.stubGlobal('fetch', fetchMock);
    prefetch('/api/x');
    prefetch('/api/x');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await expect(fetchWithPrefetch('/api/x', { method: 'GET' })).resolves.toBe(response);
    await fetchWithPrefetch('/api/x', { method: 'GET' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('creates no global without the loader, and a POST never takes a prefetched answer', async () => {
    expect(claimPrefetched('/api/x')).toBeUndefined();
    expect(PREFETCH_GLOBAL in window).toBe(false);
    const fetchMock = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchMock);
    prefetch('/api/book');
    await fetchWithPrefetch('/api/book', { method: 'POST' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('rejects with the reason when the caller aborts before the answer arrives', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})));
    prefetch('/api/slow');
    const controller = new AbortController();
    const claimed = claimPrefetched('/api/slow', controller.signal);
    controller.abort(new DOMException('gone', 'AbortError'));
    await expect(claimed).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the loader’s body, read as it arrives', () => {
  /** Resolves once the loader's read of the answer has run. */
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('is there once a 2xx answer has fully arrived, and the response is still the claimer’s', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"linkId":"1"}', { status: 200 })));
    prefetch('/api/x');
    expect(peekPrefetchedBody('/api/x')).toBeUndefined();
    await settled();
    expect(peekPrefetchedBody('/api/x')).toBe('{"linkId":"1"}');
    // Peeking takes nothing: the response can still be claimed, and read, once.
    const claimed = await claimPrefetched('/api/x');
    await expect(claimed?.text()).resolves.toBe('{"linkId":"1"}');
    expect(peekPrefetchedBody('/api/x')).toBeUndefined();
  });

  it('is not read at all once a widget has claimed the response before it arrived', async () => {
    const answer = new Response('{}');
    const clone = vi.spyOn(answer, 'clone');
    vi.stubGlobal('fetch', vi.fn(async () => answer));
    prefetch('/api/claimed');
    const claimed = claimPrefetched('/api/claimed');
    await settled();
    await expect(claimed).resolves.toBe(answer);
    expect(clone).not.toHaveBeenCalled();
  });

  it('is never kept for an error answer, a failed request or an old one', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/api/down' ? Promise.reject(new TypeError('offline')) : new Response('{}', { status: 503 }))));
    prefetch('/api/busy');
    prefetch('/api/down');
    await settled();
    expect(peekPrefetchedBody('/api/busy')).toBeUndefined();
    expect(peekPrefetchedBody('/api/down')).toBeUndefined();

    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}')));
    prefetch('/api/old');
    await settled();
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 31_000);
    expect(peekPrefetchedBody('/api/old')).toBeUndefined();
  });
});
