import { readFileSync } from 'node:fs';

/** The five samples of HubSpot's guide, committed under test/fixtures/hubspot. */
export type HubSpotFixture = 'availability-page' | 'book-request' | 'book-response' | 'booking-info' | 'meeting-links';

/** A fresh parse of a committed sample, so a test may mutate it into a variant. */
export function readHubSpotFixture(name: HubSpotFixture): Record<string, unknown> {
  const url = new URL(`../../fixtures/hubspot/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}
