const addresses = new WeakMap<Request, string>();

/**
 * Tells the proxy the socket address a request came from. Runtime adapters call it
 * (`toNodeHandler` does); on Deno pass `info.remoteAddr.hostname`, on Bun `server.requestIP(req)`.
 */
export function setClientAddress(request: Request, address: string | undefined): void {
  if (address) addresses.set(request, address);
}

/**
 * Who is booking, for the per-client limit: the value of `trustedHeader` when one is configured
 * (the rightmost entry of a list such as `X-Forwarded-For`, the one your own proxy added), else
 * the socket address, else `'unknown'` (all such requests share one allowance).
 */
export function clientAddress(request: Request, trustedHeader: string | undefined): string {
  if (trustedHeader) {
    const value = request.headers.get(trustedHeader);
    const last = value?.split(',').map((part) => part.trim()).filter(Boolean).pop();
    if (last) return last;
  }
  return addresses.get(request) ?? 'unknown';
}
