/**
 * Up to two initials of a name for an avatar placeholder ("John Doe" → "JD"); "?" when nothing
 * usable is left. Uses code points so a name starting with an emoji or an astral letter is kept whole.
 */
export function initials(name: string | undefined): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string) => Array.from(word)[0]?.toLocaleUpperCase() ?? '';
  return letter(first) + (last ? letter(last) : '');
}
