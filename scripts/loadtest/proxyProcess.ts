// One proxy process of the load test: node:http + toNodeHandler, memory store or Redis (REDIS_URL).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'redis';
import { createMeetingsProxy } from '../../src/proxy/createMeetingsProxy';
import { createMemoryStore } from '../../src/proxy/store/createMemoryStore';
import { createRedisStore } from '../../src/proxy/store/createRedisStore';
import { toNodeHandler } from '../../src/proxy/toNodeHandler';
import type { ProxyEvent } from '../../src/proxy/events/ProxyEvent';

const counts: Record<string, number> = {};
const redisUrl = process.env.REDIS_URL;
const redis = redisUrl ? await createClient({ url: redisUrl }).connect() : undefined;
const proxy = createMeetingsProxy({
  token: 'pat-na1-loadtest-token-0000',
  upstreamBaseUrl: process.env.UPSTREAM_URL,
  store: redis ? createRedisStore(redis, { prefix: `loadtest-${process.env.RUN_ID}:` }) : createMemoryStore(),
  trustedClientAddressHeader: 'X-Forwarded-For',
  bookLimits: { perClient: 5, global: 500 },
  onEvent: (event: ProxyEvent) => {
    const key = event.type === 'cache-hit' ? `cache-hit-${event.state}` : event.type;
    counts[key] = (counts[key] ?? 0) + 1;
  },
});
const handler = toNodeHandler(proxy);
const server = createServer((request, response) => {
  if (request.url === '/__stats') {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ rssBytes: process.memoryUsage().rss, heapUsedBytes: process.memoryUsage().heapUsed, events: counts }));
    return;
  }
  void handler(request, response);
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void redis?.quit();
  setTimeout(() => process.exit(0), 100).unref();
});
