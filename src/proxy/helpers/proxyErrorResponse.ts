/**
 * A JSON error in HubSpot's shape (`{status: 'error', category, message}`), so the client maps
 * the proxy's own refusals exactly like HubSpot's.
 */
export function proxyErrorResponse(status: number, category: string, message: string, headers?: HeadersInit): Response {
  const response = Response.json({ status: 'error', category, message }, { status, headers });
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
