import type { GalleryEntry } from './GalleryEntry';

/**
 * The sidebar search: every word of the query must appear (case-insensitively) in the entry's
 * title, id, group or description, so "round" and "robin round" both find round robin.
 */
export function filterGalleryEntries(entries: readonly GalleryEntry[], query: string): GalleryEntry[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = `${entry.title} ${entry.id} ${entry.group} ${entry.description}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
