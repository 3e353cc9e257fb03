import type { WireBookedFormField, WireBookResponse } from '../../api/wireTypes';
import type { FakeMemberDefinition } from '../FakeMemberDefinition';
import type { ValidBookRequest } from './validateBookRequest';

/** ISO 8601 without milliseconds, as HubSpot's sample writes times ("2024-09-19T18:45:00Z"). */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function randomId(length: number): string {
  return Array.from({ length }, () => Math.floor(Math.random() * 36).toString(36)).join('');
}

/** A stable contact id per email, as HubSpot reuses the contact of a known visitor. */
function contactIdOf(email: string): string {
  let hash = 17;
  for (const char of email.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 900_000_000;
  return String(1_000_000_000 + hash);
}

/**
 * The book call's success body. An offline member (no calendar) gets `isOffline: true` and an
 * empty `calendarEventId`, exactly as the guide describes offline bookings.
 */
export function toWireBookResponse(
  valid: ValidBookRequest,
  organizer: FakeMemberDefinition,
  bookingTimezone: string,
): WireBookResponse {
  const { link, request, startMs, durationMs } = valid;
  const offline = organizer.isOffline ?? false;
  const visitor = `${String(request.firstName).trim()} ${String(request.lastName).trim()}`;
  const formFields: WireBookedFormField[] = [];
  for (const answer of valid.formFields) {
    const field = link.formFields?.find((candidate) => candidate.name === answer.name);
    if (!field) continue;
    const value = String(answer.value ?? '');
    const labels = value
      .split(';')
      .map((part) => field.options?.find((option) => option.value === part)?.label)
      .filter((label): label is string => label !== undefined);
    formFields.push({
      name: field.name,
      label: field.label,
      value,
      isCustom: field.isCustom ?? true,
      fieldType: field.fieldType,
      ...(labels.length > 0 ? { valueLabel: labels.join(';') } : {}),
    });
  }
  const response: WireBookResponse = {
    calendarEventId: offline ? '' : randomId(26),
    start: isoSeconds(startMs),
    end: isoSeconds(startMs + durationMs),
    duration: durationMs,
    contactId: contactIdOf(String(request.email)),
    bookingTimezone,
    locale: typeof request.locale === 'string' && request.locale ? request.locale : 'en-us',
    guestEmails: [...valid.guestEmails],
    subject: link.subject ?? `${link.name} with ${visitor}`,
    isOffline: offline,
    formFields,
    legalConsentResponses: valid.legalConsentResponses.map((item) => ({ ...item })),
  };
  if (link.location !== undefined) response.location = link.location;
  if (link.webConferenceUrl !== undefined) {
    response.webConferenceUrl = link.webConferenceUrl;
    response.webConferenceMeetingId = link.webConferenceUrl.split('/').filter(Boolean).pop() ?? null;
  }
  return response;
}
