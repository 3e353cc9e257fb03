import { dehydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { createMeetingsClient } from '../api/createMeetingsClient';
import { parseBookingInfo } from '../api/parseBookingInfo';
import type { MeetingSchedulerProps } from '../components/MeetingSchedulerProps';
import { setBookingInfoData } from '../hooks/setBookingInfoData';
import { resolveTimeZone } from '../scheduling/resolveTimeZone';
import { bookingInfoUrl } from './bookingInfoUrl';
import { claimPrefetched, peekPrefetchedBody } from './prefetchedResponses';

/**
 * The loader's booking info for these props, when its answer has fully arrived before the widget
 * mounts (the loader's purpose: the request runs while the embed downloads), as the state a server
 * render would hand over: the widget then hydrates it and renders the calendar in its first render,
 * instead of a skeleton that the data replaces a moment later. Undefined when there is nothing to
 * take, and when the body does not parse: the widget then asks and reports the problem itself.
 * Never with a fetch of the host's own, which the loader's request did not go through.
 */
export function prefetchedBookingInfoState(props: MeetingSchedulerProps): DehydratedState | undefined {
  if (props.fetch !== undefined) return undefined;
  const url = bookingInfoUrl(props);
  if (url === undefined) return undefined;
  const body = peekPrefetchedBody(url);
  if (body === undefined) return undefined;
  try {
    const info = parseBookingInfo(JSON.parse(body));
    // The client only names the keys' scope here, exactly as the widget's own client will.
    const client = createMeetingsClient({ baseUrl: props.apiBaseUrl, apiVersion: props.apiVersion });
    const queryClient = new QueryClient();
    setBookingInfoData(queryClient, client, { slug: props.slug, timezone: resolveTimeZone(props.timezone) }, info);
    void claimPrefetched(url);
    return dehydrate(queryClient);
  } catch {
    return undefined;
  }
}
