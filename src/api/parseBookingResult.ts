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
import type { BookMeetingRequest, BookingResult } from './types';

/** What was asked for: the times and zone a confirmation falls back on. */
export type RequestedBooking = Pick<BookMeetingRequest, 'startTime' | 'duration' | 'timezone'> &
  Partial<Pick<BookMeetingRequest, 'guestEmails' | 'locale'>>;

/**
 * Reads the book call's answer. `start`/`end` (ISO 8601, or epoch ms) become epoch ms. The booking
 * counts as offline when the answer says so or when no calendar event id came back (`""` or
 * missing): the confirmation then promises no calendar invitation it cannot vouch for.
 *
 * With `requested` (the client passes the request it sent) the answer came with a 2xx, so the
 * meeting is booked whatever the body says: it never throws, missing or impossible times are the
 * requested ones, and a body that is not an object reads as an offline booking of that time.
 * Showing an error here would invite the visitor to book a second time.
 *
 * @throws MeetingsApiError `invalid-response`, only without `requested`, when the body is not an
 *   object or has no valid start and end with `end > start`.
 */
export function parseBookingResult(json: unknown, requested?: RequestedBooking): BookingResult {
  const body = isRecord(json) ? json : undefined;
  if (!body && !requested) throw invalidResponse('booking confirmation');
  const record = body ?? {};
  let start = readInstant(record.start);
  let end = readInstant(record.end);
  if (start === undefined || end === undefined || end <= start) {
    if (!requested) throw invalidResponse('booking confirmation');
    start = requested.startTime;
    end = requested.startTime + requested.duration;
  }
  const calendarEventId = readString(record.calendarEventId) ?? '';
  const duration = readNumber(record.duration);
  const guestEmails = readStringArray(record.guestEmails);

  return withDefined<BookingResult>(
    {
      calendarEventId,
      start,
      end,
      duration: duration !== undefined && duration > 0 ? duration : end - start,
      contactId: readId(record.contactId) ?? '',
      bookingTimezone: readText(record.bookingTimezone) ?? requested?.timezone ?? '',
      guestEmails: body || !requested?.guestEmails ? guestEmails : [...requested.guestEmails],
      subject: readString(record.subject) ?? '',
      isOffline: readBoolean(record.isOffline) === true || calendarEventId.trim() === '',
      formFields: parseBookedFormFields(record.formFields),
      legalConsentResponses: parseLegalConsentResponses(record.legalConsentResponses),
    },
    {
      locale: readText(record.locale) ?? (body ? undefined : requested?.locale),
      location: readText(record.location),
      webConferenceUrl: readText(record.webConferenceUrl),
      webConferenceMeetingId: readText(record.webConferenceMeetingId),
    },
  );
}
