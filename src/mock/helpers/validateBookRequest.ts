import type { WireBookRequest, WireFormFieldValue, WireLegalConsentResponse } from '../../api/wireTypes';
import type { FakeLinkDefinition } from '../FakeLinkDefinition';
import type { FakeResponse } from '../FakeScheduler';
import { type FakeFieldError, notFoundError, validationError } from './hubspotErrors';
import { isFakeEmail } from './isFakeEmail';
import { parseStartTime } from './parseStartTime';
import { validateFormFieldValues } from './validateFormFieldValues';

/** A book body that passed validation, with its link and the start in ms. */
export interface ValidBookRequest {
  link: FakeLinkDefinition;
  request: WireBookRequest;
  startMs: number;
  durationMs: number;
  formFields: WireFormFieldValue[];
  legalConsentResponses: WireLegalConsentResponse[];
  guestEmails: string[];
}

type Result = { ok: true; value: ValidBookRequest } | { ok: false; response: FakeResponse };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Validates a book body as HubSpot would, collecting every field problem into one 400 (so a form
 * can show them all at once); an unknown slug is a 404. Whether the slot is free is not checked here.
 */
export function validateBookRequest(body: unknown, findLink: (slug: string) => FakeLinkDefinition | undefined): Result {
  if (!isRecord(body)) {
    return { ok: false, response: validationError([{ in: 'body', code: 'INVALID_JSON', message: 'The request body must be a JSON object.' }]) };
  }
  const slug = text(body.slug);
  if (slug === '') {
    return { ok: false, response: validationError([{ in: 'slug', code: 'REQUIRED', message: 'slug is required.' }]) };
  }
  const link = findLink(slug);
  if (!link) return { ok: false, response: notFoundError(slug) };

  const errors: FakeFieldError[] = [];
  for (const name of ['firstName', 'lastName'] as const) {
    if (text(body[name]) === '') errors.push({ in: name, code: 'REQUIRED', message: `${name} is required.` });
  }
  const email = text(body.email);
  if (email === '') errors.push({ in: 'email', code: 'REQUIRED', message: 'email is required.' });
  else if (!isFakeEmail(email)) errors.push({ in: 'email', code: 'INVALID_EMAIL', message: 'Email must be formatted correctly.' });

  const startMs = parseStartTime(body.startTime);
  if (startMs === undefined) {
    errors.push({ in: 'startTime', code: 'INVALID_START_TIME', message: 'startTime must be epoch milliseconds or an ISO 8601 date-time.' });
  }
  const durationMs = typeof body.duration === 'number' ? body.duration : Number(body.duration);
  if (!link.durations.includes(durationMs)) {
    errors.push({ in: 'duration', code: 'INVALID_DURATION', message: `duration must be one of ${link.durations.join(', ')}.` });
  }

  const formFields = listOf(body.formFields, (item): item is WireFormFieldValue => isRecord(item) && typeof item.name === 'string');
  errors.push(...validateFormFieldValues(link.formFields ?? [], formFields));

  const legalConsentResponses = listOf(
    body.legalConsentResponses,
    (item): item is WireLegalConsentResponse => isRecord(item) && item.communicationTypeId !== undefined,
  ).map((item) => ({ communicationTypeId: String(item.communicationTypeId), consented: item.consented === true }));
  if (link.legalConsentEnabled) {
    // Processing consent carries no communicationTypeId: HubSpot infers it from the submission.
    for (const checkbox of link.legalConsentOptions?.communicationConsentCheckboxes ?? []) {
      const answer = legalConsentResponses.find((item) => item.communicationTypeId === checkbox.communicationTypeId);
      if (checkbox.required && answer?.consented !== true) {
        errors.push({
          in: `legalConsentResponses.${checkbox.communicationTypeId}`,
          code: 'REQUIRED_CONSENT',
          message: 'This consent is required.',
        });
      }
    }
  }

  const guestEmails = Array.isArray(body.guestEmails) ? body.guestEmails.map((guest) => text(guest)) : [];
  const guests = link.guestSettings ?? { canAddGuests: false, maxGuestCount: 0 };
  if (body.guestEmails !== undefined && !Array.isArray(body.guestEmails)) {
    errors.push({ in: 'guestEmails', code: 'INVALID_GUESTS', message: 'guestEmails must be a list of email addresses.' });
  } else if (guestEmails.length > 0 && !guests.canAddGuests) {
    errors.push({ in: 'guestEmails', code: 'GUESTS_NOT_ALLOWED', message: 'This meeting does not accept guests.' });
  } else if (guestEmails.length > guests.maxGuestCount) {
    errors.push({ in: 'guestEmails', code: 'TOO_MANY_GUESTS', message: `At most ${guests.maxGuestCount} guests can be added.` });
  } else if (guestEmails.some((guest) => !isFakeEmail(guest))) {
    errors.push({ in: 'guestEmails', code: 'INVALID_EMAIL', message: 'Every guest email must be formatted correctly.' });
  }

  if (errors.length > 0 || startMs === undefined) return { ok: false, response: validationError(errors) };
  return {
    ok: true,
    value: { link, request: body as unknown as WireBookRequest, startMs, durationMs, formFields, legalConsentResponses, guestEmails },
  };
}

function listOf<T>(value: unknown, isItem: (item: unknown) => item is T): T[] {
  return Array.isArray(value) ? value.filter(isItem) : [];
}
