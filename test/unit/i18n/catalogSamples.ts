import { MeetingsApiError, type MeetingsApiErrorKind } from '../../../src/api/MeetingsApiError';
import type { Messages } from '../../../src/i18n/Messages';

const kinds: MeetingsApiErrorKind[] = ['not-found', 'validation', 'conflict', 'rate-limited', 'server', 'network', 'offline', 'timeout', 'invalid-response', 'verification-failed'];
const dayContext = (available: boolean, slotCount = 0, selected = false) => ({ available, today: false, loading: false, locale: 'en-US', selected, slotCount });


/** Argument lists each function message is called with by the catalog tests. */
export const catalogSamples: { [K in keyof Messages]?: Array<Parameters<Extract<Messages[K], (...args: never[]) => unknown>>> } = {
  durationLabel: [[15 * 60_000], [60 * 60_000], [90 * 60_000]],
  singleDurationLabel: [[30 * 60_000]],
  // Without times, with one time, and with three and selected: each adds the catalog's words.
  dayLabel: [['2026-12-03', dayContext(false)], ['2026-12-03', dayContext(true, 1)], ['2026-12-03', dayContext(true, 3, true)]],
  monthLabel: [['2026-12', 'en-US']],
  slotsLabel: [['2026-12-03', 'en-US']],
  timeZoneOption: [['America/New_York', 'GMT-5'], ['America/New_York', 'GMT-5', { zone: 'Eastern Time', city: 'New York' }]],
  timeZoneMatches: [[0], [1], [2], [3], [5], [11], [22], [101]],
  errorDescription: kinds.map((kind) => [new MeetingsApiError({ kind, message: 'x' })]),
  roundRobinMembers: [[['Ada', 'Grace', 'Linus']]],
  groupMembers: [[['Ada', 'Grace']]],
  guestsHint: [[1], [2], [5], [10]],
  guestEmailLabel: [[1], [2]],
  removeGuest: [[1], [2]],
  errorRequired: [['Company'], ['What do you want to discuss?']],
  errorGuestEmailFormat: [[2]],
  errorGuestDuplicate: [[2]],
  errorGuestIsVisitor: [[2]],
  errorTooManyGuests: [[1], [3], [5]],
  errorNumber: [['Team size']],
  errorDate: [['Start date']],
  errorTickRequired: [['I accept the terms.']],
  errorSummaryHeading: [[1], [2], [5]],
  failureRateLimited: [[undefined], [1], [2], [5], [30]],
  failureRejected: [['Invalid email.']],
  meetingTitle: [['Ada Lovelace'], [undefined]],
  invitationSentTo: [['ada@example.com']],
  nextAvailable: [['2026-12-03', 'en-US']],
  timeZoneButton: [['New York', '9:00 AM']],
};

/** Each text of a message: the string itself, or its results for the sample arguments. */
export function messageTexts(messages: Messages, key: keyof Messages): string[] {
  const value = messages[key] as unknown;
  if (typeof value === 'string') return [value];
  const samples = (catalogSamples[key] ?? [[]]) as unknown[][];
  return samples.map((args) => (value as (...a: unknown[]) => string)(...args));
}
