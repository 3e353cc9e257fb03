/** Where the proxy gets HubSpot's private-app token: a value, or a function read per request. */
export type MeetingsProxyToken = string | (() => string | undefined | Promise<string | undefined>);

/** Settings of `createMeetingsProxy`. Every field is optional; the defaults are the safe choice. */
export interface MeetingsProxyOptions {
  /**
   * HubSpot private-app token with the `scheduler.meetings.meeting-link.read` scope. Default:
   * `process.env.HUBSPOT_ACCESS_TOKEN`, read per request where `process` exists. It is sent to
   * HubSpot only and never appears in a response.
   */
  token?: MeetingsProxyToken;
  /** HubSpot's API origin. Default `https://api.hubapi.com`. */
  upstreamBaseUrl?: string;
  /**
   * Slugs that may be booked through this proxy, as a list or a predicate. Default: all. Others
   * get 404, as if they did not exist.
   */
  allowedSlugs?: readonly string[] | ((slug: string) => boolean | Promise<boolean>);
  /**
   * Origins of pages on other sites that may call the proxy (CORS), as exact origins
   * (`https://www.example.com`), `'*'`, or a predicate. Default: none, i.e. same-origin pages only.
   * A cross-origin request from any other origin gets 403.
   */
  allowedOrigins?: readonly string[] | '*' | ((origin: string) => boolean);
  /** Request headers cross-origin pages may send. Default `['Accept', 'Content-Type']`. */
  allowedHeaders?: readonly string[];
  /**
   * API version segments to forward, as a list or a predicate. Default: `v3` and dated segments
   * such as `2026-03`. Others get 404.
   */
  apiVersions?: readonly string[] | ((version: string) => boolean);
  /** Path prefix the proxy is mounted under, stripped before matching, e.g. `/api/hubspot`. Default none. */
  basePath?: string;
  /** Largest accepted book body in bytes; larger ones get 413. Default 16 KiB. */
  maxBodyBytes?: number;
  /** Time limit for HubSpot's answer in ms; exceeded gives 504. Default 10000. */
  timeoutMs?: number;
  /**
   * Whether the list-links call is forwarded. Default false: it would show every scheduling page
   * of the HubSpot account to anyone who can reach the proxy.
   */
  allowListLinks?: boolean;
  /** The fetch used to reach HubSpot. Default: the global fetch, looked up per request. */
  fetch?: typeof fetch;
}
