/** A request body as JSON when it parses, else the raw text; undefined when empty. */
export function parseRequestBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
