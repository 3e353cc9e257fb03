import { HydrationBoundary, QueryClient, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { createMeetingsClient } from '../api/createMeetingsClient';
import type { MeetingsClient } from '../api/types';
import { MeetingsClientContext } from '../hooks/MeetingsClientContext';
import { useLatestRef } from '../hooks/useLatestRef';
import { useOwnedQueryClient } from '../hooks/useOwnedQueryClient';

/** Props of {@link MeetingsProvider}. */
export interface MeetingsProviderProps {
  /**
   * A client of your own (e.g. from `createMeetingsClient` with a `scope`); when given, the four
   * options below are not used.
   * @defaultValue one created from `apiBaseUrl`, `apiVersion`, `fetch` and `headers`
   */
  client?: MeetingsClient;
  /**
   * Where the proxy (or the fake backend) answers.
   * @defaultValue `""`: the page's own origin
   */
  apiBaseUrl?: string;
  /**
   * Path segment after `/scheduler/`: `v3` or a dated one such as `2026-03`.
   * @defaultValue `"v3"`
   */
  apiVersion?: string;
  /**
   * The fetch used for every call, read at call time.
   * @defaultValue the global `fetch`
   */
  fetch?: typeof fetch;
  /**
   * Extra headers on every call, read at call time.
   * @defaultValue none
   */
  headers?: HeadersInit;
  /**
   * The token of a human check (Turnstile, hCaptcha) for the book call's `X-Booking-Verification`
   * header, read at each Book click.
   * @defaultValue none (no header)
   */
  getBookingVerificationToken?: () => string | Promise<string>;
  /**
   * The React Query client to cache in, e.g. the host's own or one hydrated from a server render.
   * @defaultValue one of the provider's own, created once
   */
  queryClient?: QueryClient;
  /**
   * Data prefetched on a server (`dehydrate(queryClient)` after `prefetchBookingInfo`), hydrated
   * into the query client before the children render. Serializable, so a server component can pass it.
   * @defaultValue none
   */
  dehydratedState?: DehydratedState;
  /**
   * What uses the hooks.
   * @defaultValue none
   */
  children?: ReactNode;
}

/**
 * Provides the API client and a React Query client to the hooks (`useSchedulerFlow`,
 * `useBrowseState`, `useBookingSubmit`, `useBookingInfo`, ...), for a UI of your own.
 * `<MeetingScheduler>` renders one itself. New `fetch` or `headers` on every render neither
 * recreate the client nor drop the cache.
 *
 * @example
 * <MeetingsProvider apiBaseUrl="/api/hubspot"><MyBookingFlow slug="jdoe" /></MeetingsProvider>
 */
export function MeetingsProvider(props: MeetingsProviderProps) {
  const { apiBaseUrl, apiVersion } = props;
  // One QueryClient per provider unless the host shares its own; created once, on first render,
  // and cancelled and cleared when the provider unmounts (see useOwnedQueryClient).
  const queryClient = useOwnedQueryClient(props.queryClient);
  const fetchRef = useLatestRef(props.fetch);
  const headersRef = useLatestRef(props.headers);
  const verificationRef = useLatestRef(props.getBookingVerificationToken);
  // fetch, headers and the verification token are read at call time through these, never during render.
  const [callThrough] = useState(() => ({
    fetch: (input: RequestInfo | URL, init?: RequestInit) => (fetchRef.current ?? globalThis.fetch)(input, init),
    headers: (): HeadersInit => headersRef.current ?? {},
    verification: () => verificationRef.current?.(),
  }));
  const ownClient = useMemo(
    () =>
      createMeetingsClient({
        baseUrl: apiBaseUrl,
        apiVersion,
        fetch: callThrough.fetch,
        headers: callThrough.headers,
        getBookingVerificationToken: callThrough.verification,
      }),
    [apiBaseUrl, apiVersion, callThrough],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <MeetingsClientContext.Provider value={props.client ?? ownClient}>
        {props.dehydratedState ? <HydrationBoundary state={props.dehydratedState}>{props.children}</HydrationBoundary> : props.children}
      </MeetingsClientContext.Provider>
    </QueryClientProvider>
  );
}
