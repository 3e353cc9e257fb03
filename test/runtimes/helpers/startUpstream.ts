import { createScenarioScheduler } from '../../../src/mock/createScenarioScheduler';
import { startMockServer } from '../../../src/mock/server/startMockServer';

export const RUNTIME_TOKEN = 'pat-na1-runtime-test-token-0000';

/** The fake backend on 127.0.0.1, standing in for HubSpot; `seen` logs each call it answered. */
export async function startUpstream() {
  const seen: string[] = [];
  const server = await startMockServer({ port: 0, scheduler: createScenarioScheduler(), log: (line) => seen.push(line) });
  return { url: server.url, seen, close: server.close };
}
