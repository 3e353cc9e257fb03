import type { PrefillValue } from '../model/PrefillValue';

/** The text of a prefill value, plain or `{ value }`; "" for anything else a host may pass. */
export function prefillText(prefill: PrefillValue | undefined): string {
  if (typeof prefill === 'string') return prefill;
  // Hosts calling from plain JavaScript (or the embed's attributes) may pass numbers or nulls.
  if (typeof prefill === 'object' && prefill !== null) {
    const { value } = prefill as { value?: unknown };
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  if (typeof prefill === 'number') return String(prefill);
  return '';
}
