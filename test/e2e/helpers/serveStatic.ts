import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves folders on 127.0.0.1 at a free port. Later roots are tried when a file is not in an
 * earlier one (e.g. the built gallery, then dist/ for the embed bundle). `headers` adds response
 * headers per path (e.g. a CSP on test pages).
 */
export async function serveStatic(roots: string[], options: { headers?: (pathname: string) => Record<string, string> } = {}): Promise<StaticServer> {
  const absoluteRoots = roots.map((root) => resolve(root));
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const relative = normalize(pathname === '/' ? '/index.html' : pathname);
    for (const root of absoluteRoots) {
      const file = join(root, relative);
      if (!file.startsWith(root)) break;
      if (existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...options.headers?.(pathname) });
        createReadStream(file).pipe(response);
        return;
      }
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
