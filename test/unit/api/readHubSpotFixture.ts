import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The five samples of HubSpot's guide, committed under test/fixtures/hubspot. */
export type HubSpotFixture = 'availability-page' | 'book-request' | 'book-response' | 'booking-info' | 'meeting-links';

/** A fresh parse of a committed sample, so a test may mutate it into a variant. */
export function readHubSpotFixture(name: HubSpotFixture): Record<string, unknown> {
  // import.meta.dirname rather than import.meta.url: under jsdom a module's url is not a file URL.
  const file = resolve(import.meta.dirname, '../../fixtures/hubspot', `${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
