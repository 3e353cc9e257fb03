import { gzipSync } from 'node:zlib';

/** Raw and gzip byte counts of one measured text. */
export interface MeasuredSize {
  rawBytes: number;
  gzipBytes: number;
}

/** Level 9, as static hosts and CDNs pre-compress; the budgets are set against it. */
export function measureSize(content: string | Uint8Array): MeasuredSize {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { rawBytes: buffer.byteLength, gzipBytes: gzipSync(buffer, { level: 9 }).byteLength };
}
