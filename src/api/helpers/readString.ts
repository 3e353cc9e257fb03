/** A string as sent, `""` included; anything else (null, numbers, objects) is absent. */
export function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
