import type { GuestSettings } from '../types';
import { isRecord } from './isRecord';
import { readBoolean } from './readBoolean';
import { readNumber } from './readNumber';

/**
 * `guestSettings`; missing means no guests. A count that is not a whole number ≥ 0 reads as 0, and
 * guests are only offered when there is room for at least one.
 */
export function parseGuestSettings(value: unknown): GuestSettings {
  const settings = isRecord(value) ? value : {};
  const count = readNumber(settings.maxGuestCount);
  const maxGuestCount = count !== undefined && Number.isSafeInteger(count) && count > 0 ? count : 0;
  return { canAddGuests: (readBoolean(settings.canAddGuests) ?? false) && maxGuestCount > 0, maxGuestCount };
}
