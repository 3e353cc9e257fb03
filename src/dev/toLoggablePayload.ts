/**
 * Turns a callback payload into plain JSON data for the event log. Errors keep their name, message
 * and own fields (a MeetingsApiError's kind, status, fieldErrors...), which JSON.stringify would
 * drop; functions and cycles are replaced by markers instead of throwing.
 */
export function toLoggablePayload(value: unknown): unknown {
  return convert(value, new WeakSet());
}

function convert(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'function') return '[function]';
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => convert(item, seen));
  const result: Record<string, unknown> = {};
  if (value instanceof Error) {
    result.name = value.name;
    result.message = value.message;
  }
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) result[key] = convert(item, seen);
  }
  return result;
}
