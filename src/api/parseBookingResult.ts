import { invalidResponse } from './helpers/invalidResponse';
import { isRecord } from './helpers/isRecord';
import { parseBookedFormFields } from './helpers/parseBookedFormFields';
import { parseLegalConsentResponses } from './helpers/parseLegalConsentResponses';
import { readBoolean } from './helpers/readBoolean';
import { readId } from './helpers/readId';
import { readInstant } from './helpers/readInstant';
import { readNumber } from './helpers/readNumber';
import { readString } from './helpers/readString';
import { readStringArray } from './helpers/readStringArray';
import { readText } from './helpers/readText';
import { withDefined } from './helpers/withDefined';
import type { BookingResult } from './types';

/**
 * Reads the book call's answer. `start`/`end` (ISO 8601, or epoch ms) become epoch ms. The booking
 * counts as offline when the answer says so or when no calendar event id came back (`""` or
 * missing): the confirmation then promises no calendar invitation it cannot vouch for.
 *
 * @throws MeetingsApiError `invalid-response` when the body is not an object or has no valid
 *   start and end with `end > start`, since a confirmation without its times is useless.
 */
export function parseBookingResult(json: unknown): BookingResult {
  if (!isRecord(json)) throw invalidResponse('booking confirmation');
  const start = readInstant(json.start);
  const end = readInstant(json.end);
  if (start === undefined || end === undefined || end <= start) throw invalidResponse('booking confirmation');
  const calendarEventId = readString(json.calendarEventId) ?? '';
  const duration = readNumber(json.duration);

  return withDefined<BookingResult>(
    {
      calendarEventId,
      start,
      end,
      duration: duration !== undefined && duration > 0 ? duration : end - start,
      contactId: readId(json.contactId) ?? '',
      bookingTimezone: readText(json.bookingTimezone) ?? '',
      guestEmails: readStringArray(json.guestEmails),
      subject: readString(json.subject) ?? '',
      isOffline: readBoolean(json.isOffline) === true || calendarEventId.trim() === '',
      formFields: parseBookedFormFields(json.formFields),
      legalConsentResponses: parseLegalConsentResponses(json.legalConsentResponses),
    },
    {
      locale: readText(json.locale),
      location: readText(json.location),
      webConferenceUrl: readText(json.webConferenceUrl),
      webConferenceMeetingId: readText(json.webConferenceMeetingId),
    },
  );
}
