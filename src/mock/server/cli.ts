import { parseArgs } from 'node:util';
import { scenarios } from '../scenarios';
import { startMockServer } from './startMockServer';

// `npm run mock-server -- --port 4010 [--host 127.0.0.1] [--latency 300] [--exit-after 60]`

const usage = 'Usage: mock-server [--port 4010] [--host 127.0.0.1] [--latency <ms>] [--exit-after <seconds>]';

function numberOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    console.error(`--${name} must be a number ≥ 0, got "${value}".\n${usage}`);
    process.exit(2);
  }
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      latency: { type: 'string' },
      'exit-after': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const server = await startMockServer({
    port: numberOption('port', values.port, 4010),
    host: values.host ?? '127.0.0.1',
    latencyMs: numberOption('latency', values.latency, 0),
  });
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping mock server (${reason}).`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const exitAfter = numberOption('exit-after', values['exit-after'], 0);
  if (exitAfter > 0) setTimeout(() => stop(`--exit-after ${exitAfter}s`), exitAfter * 1000).unref();
  // Printed last: whoever waits for this line may signal us right away, so the handlers must be in place.
  console.log(`Mock HubSpot scheduler listening on ${server.url}`);
  console.log(`Scenario slugs: ${Object.keys(scenarios).join(', ')}`);
  console.log(`Try: ${server.url}/scheduler/v3/meetings/meeting-links/book/menelson?timezone=America%2FNew_York`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
