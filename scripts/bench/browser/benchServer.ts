import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { meetingsApiPaths } from '../../../src/api/meetingsApiPaths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface BenchServer {
  url: string;
  /** Booking-info requests answered, by slug. */
  bookingInfoRequests: Map<string, number>;
  close: () => Promise<void>;
}

/**
 * One origin on 127.0.0.1 for the pages, the built files and the API, as a CDN-fronted site
 * serves them: everything gzip-compressed (level 9, computed once), API answers `no-store` so every
 * mount really asks. The API knows one call, booking info (it carries all the bench's months);
 * any availability-page call gets an empty page.
 */
export async function startBenchServer(roots: string[], bookingInfo: Record<string, string>): Promise<BenchServer> {
  const absoluteRoots = roots.map((root) => resolve(root));
  const paths = meetingsApiPaths('v3');
  const bookingPrefix = `/api${paths.bookingInfo('')}`;
  const availabilityPrefix = `/api${paths.availabilityPage('')}`;
  const gzipped = new Map<string, Buffer>();
  const gzip = (key: string, body: () => Buffer): Buffer => {
    let zipped = gzipped.get(key);
    if (!zipped) {
      zipped = gzipSync(body(), { level: 9 });
      gzipped.set(key, zipped);
    }
    return zipped;
  };
  const bookingInfoRequests = new Map<string, number>();
  const emptyPage = JSON.stringify({ linkAvailability: { linkAvailabilityByDuration: {}, hasMore: false }, allUsersBusyTimes: [] });

  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (type: string, key: string, body: () => Buffer, cache: string): void => {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': cache });
      response.end(gzip(key, body));
    };
    if (pathname.startsWith(availabilityPrefix)) return send(TYPES['.json'] as string, 'empty', () => Buffer.from(emptyPage), 'no-store');
    if (pathname.startsWith(bookingPrefix)) {
      const slug = pathname.slice(bookingPrefix.length);
      const body = bookingInfo[slug];
      if (body !== undefined) {
        bookingInfoRequests.set(slug, (bookingInfoRequests.get(slug) ?? 0) + 1);
        return send(TYPES['.json'] as string, `api:${slug}`, () => Buffer.from(body), 'no-store');
      }
    }
    const relative = normalize(pathname === '/' ? '/index.html' : pathname);
    for (const root of absoluteRoots) {
      const file = join(root, relative);
      if (!file.startsWith(root)) break;
      if (existsSync(file) && statSync(file).isFile()) {
        return send(TYPES[extname(file)] ?? 'application/octet-stream', file, () => readFileSync(file), 'max-age=3600');
      }
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bookingInfoRequests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
