/** The `Idempotency-Key` header of the book call, agreed with the proxy (which de-duplicates on it). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A fresh random UUID (version 4) for one book submit. `crypto.randomUUID` exists only in secure
 * contexts (a plain-http host page has none), so random bytes from `getRandomValues` are shaped
 * into a UUID there; `Math.random` is the last resort of runtimes without Web Crypto.
 */
export function createIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else for (let index = 0; index < bytes.length; index += 1) bytes[index] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const text = hex(bytes);
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
