/**
 * Wraps a value put into a sentence (a field label, a name, the server's message) in Unicode
 * first-strong isolates (U+2068 … U+2069), the plain-text twin of `<bdi>`: an English label inside
 * an Arabic sentence keeps its own direction and does not drag the punctuation around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
