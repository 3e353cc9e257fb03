import type { PrefillValue } from '../model/PrefillValue';

/** Whether the host passed this prefill as read-only (`{ value, locked: true }`). */
export function isLockedPrefill(prefill: PrefillValue | undefined): boolean {
  return typeof prefill === 'object' && prefill !== null && prefill.locked === true;
}
