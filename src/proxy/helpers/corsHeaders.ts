/** Response headers that let an allowed page read the answer; `Vary` keeps caches per origin. */
export function corsHeaders(origin: string, anyOrigin: boolean): Headers {
  const headers = new Headers({
    'Access-Control-Allow-Origin': anyOrigin ? '*' : origin,
    // The client reads these on errors: the wait before a retry and the id worth quoting to support.
    'Access-Control-Expose-Headers': 'Retry-After, X-HubSpot-Correlation-Id',
  });
  if (!anyOrigin) headers.set('Vary', 'Origin');
  return headers;
}
