import type { MockCall } from './MockFault';

/** One request the mock received, as the API would have seen it. */
export interface RecordedRequest {
  method: string;
  /** The full URL. */
  url: string;
  /** The URL path, without query. */
  path: string;
  /** Query parameters (the last value of a repeated name). */
  query: Record<string, string>;
  /** The parsed JSON body (the raw text when it is not JSON), undefined without a body. */
  body: unknown;
  /** The call it was routed to; undefined for a path the API does not serve. */
  call?: MockCall;
}
