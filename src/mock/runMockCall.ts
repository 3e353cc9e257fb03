import type { FakeResponse, FakeScheduler } from './FakeScheduler';
import { correlationId } from './helpers/hubspotErrors';
import type { MockRoute } from './matchMockRoute';

/** Hands a routed request to the fake scheduler; `query` holds the URL's parameters, `body` the parsed JSON. */
export function runMockCall(
  scheduler: FakeScheduler,
  route: MockRoute,
  query: Readonly<Record<string, string>>,
  body: unknown,
): FakeResponse {
  switch (route.call) {
    case 'listMeetingLinks':
      return scheduler.listMeetingLinks(query);
    case 'getBookingInfo':
      return scheduler.getBookingInfo(route.slug ?? '', query);
    case 'getAvailabilityPage':
      return scheduler.getAvailabilityPage(route.slug ?? '', query);
    case 'bookMeeting':
      return scheduler.book(body, query.timezone === undefined ? {} : { timezone: query.timezone });
  }
}

/** HubSpot's answer to a path or method it does not serve. */
export function unknownRouteResponse(method: string, path: string): FakeResponse {
  return {
    status: 404,
    body: {
      status: 'error',
      category: 'OBJECT_NOT_FOUND',
      message: `No route for ${method.toUpperCase()} ${path}.`,
      correlationId: correlationId(),
    },
  };
}
