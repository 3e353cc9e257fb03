import type { FakeLinkDefinition } from '../FakeLinkDefinition';

/** The link's id: the one given, else a stable number from the slug (so ids survive restarts). */
export function linkIdOf(link: FakeLinkDefinition): string {
  if (link.linkId) return link.linkId;
  let hash = 7;
  for (const char of link.slug) hash = (hash * 31 + char.charCodeAt(0)) % 9_000_000;
  return String(1_000_000 + hash);
}
