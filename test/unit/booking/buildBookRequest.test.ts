// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bookRequestFixture } from '../../../src/mock/fixtures/bookRequestFixture';
import { buildBookRequest } from '../../../src/booking/buildBookRequest';
import { createInitialFormValues } from '../../../src/booking/createInitialFormValues';
import type { BookingFormValues } from '../../../src/booking/BookingFormValues';
import { bookingInfoFixture, field, member, option } from '../../helpers/bookingInfoFixture';

const slot = { start: 1_760_360_400_000, end: 1_760_362_200_000, duration: 1_800_000 };
const base = (info = bookingInfoFixture()): BookingFormValues => ({
  ...createInitialFormValues(info),
  firstName: ' Melinda ',
  lastName: 'Nelson ',
  email: ' menelson@hubspot.com',
});

describe('buildBookRequest', () => {
  it('builds the documentation sample body for a personal link', () => {
    const info = bookingInfoFixture();
    expect(buildBookRequest({ slug: 'menelson', info, slot, values: base(info), timezone: 'America/New_York', locale: 'en-US' })).toEqual({
      // The guide's sample body, on the Oct 13 slot, with the two lists the published types add.
      ...bookRequestFixture,
      startTime: 1_760_360_400_000,
      formFields: [],
      legalConsentResponses: [],
    });
  });

  it('derives the duration from the slot when not given and keeps the key order of the docs', () => {
    const info = bookingInfoFixture();
    const body = buildBookRequest({ slug: 's', info, slot: { start: 0, end: 900_000 }, values: base(info), timezone: 'UTC', locale: 'de-de' });
    expect(body.duration).toBe(900_000);
    expect(body.locale).toBe('de-de');
    expect(Object.keys(body)).toEqual([
      'slug', 'firstName', 'lastName', 'email', 'startTime', 'duration', 'guestEmails', 'timezone', 'locale',
      'formFields', 'legalConsentResponses', 'likelyAvailableUserIds',
    ]);
  });

  it('falls back to en-us for a malformed locale', () => {
    const info = bookingInfoFixture();
    expect(buildBookRequest({ slug: 's', info, slot, values: base(info), timezone: 'UTC', locale: 'not a locale!' }).locale).toBe('en-us');
  });

  it('sends custom fields in HubSpot form format, visible ones only, empty optional ones left out', () => {
    const info = bookingInfoFixture({
      formFields: [
        field('company', 'text'),
        field('notes', 'textarea'),
        field('topics', 'checkbox', { options: [option('a', 1), option('b', 2), option('c', 3)] }),
        field('terms', 'booleancheckbox'),
        field('optin', 'booleancheckbox'),
        field('size', 'select', { options: [option('s', 1), option('l', 2)] }),
        field('email', 'text'),
      ],
    });
    const values = {
      ...base(info),
      formFields: {
        company: '  Acme  ',
        notes: '',
        topics: ['a', 'c'],
        terms: true,
        optin: false,
        size: 'l',
        email: 'should-not-be-sent@example.com',
        stray: 'not on the form',
      },
    };
    expect(buildBookRequest({ slug: 's', info, slot, values, timezone: 'UTC', locale: 'en' }).formFields).toEqual([
      { name: 'company', value: 'Acme' },
      { name: 'topics', value: 'a;c' },
      { name: 'terms', value: 'true' },
      { name: 'optin', value: 'false' },
      { name: 'size', value: 'l' },
    ]);
  });

  it('sends guests trimmed, without blank rows, only when the link takes guests', () => {
    const withGuests = bookingInfoFixture({ guestSettings: { canAddGuests: true, maxGuestCount: 3 } });
    const values = { ...base(withGuests), guestEmails: [' bob@example.com ', '', 'cy@example.com'] };
    expect(buildBookRequest({ slug: 's', info: withGuests, slot, values, timezone: 'UTC', locale: 'en' }).guestEmails).toEqual([
      'bob@example.com',
      'cy@example.com',
    ]);
    const noGuests = bookingInfoFixture();
    expect(buildBookRequest({ slug: 's', info: noGuests, slot, values, timezone: 'UTC', locale: 'en' }).guestEmails).toEqual([]);
  });

  it('answers every communication checkbox when consent is enabled, none otherwise', () => {
    const info = bookingInfoFixture({
      legalConsentEnabled: true,
      legalConsent: {
        communicationConsentCheckboxes: [
          { communicationTypeId: '11', label: 'A', required: true },
          { communicationTypeId: '12', label: 'B', required: false },
        ],
        processingConsentType: 'REQUIRED_CHECKBOX',
        isLegitimateInterest: false,
        legitimateInterestSubscriptionTypes: [],
      },
    });
    const values = { ...base(info), communicationConsents: { '11': true }, processingConsent: true };
    expect(buildBookRequest({ slug: 's', info, slot, values, timezone: 'UTC', locale: 'en' }).legalConsentResponses).toEqual([
      { communicationTypeId: '11', consented: true },
      { communicationTypeId: '12', consented: false },
    ]);
    expect(
      buildBookRequest({ slug: 's', info: { ...info, legalConsentEnabled: false }, slot, values, timezone: 'UTC', locale: 'en' })
        .legalConsentResponses,
    ).toEqual([]);
  });

  it.each(['ROUND_ROBIN_CALENDAR', 'GROUP_CALENDAR'] as const)('names the members free for the slot on a %s link', (linkType) => {
    const info = bookingInfoFixture({
      linkType,
      members: [
        member('1', 'Busy', [{ start: slot.start - 600_000, end: slot.start + 60_000 }]),
        member('2', 'Free before', [{ start: slot.start - 600_000, end: slot.start }]),
        member('3', 'Free', []),
      ],
    });
    expect(buildBookRequest({ slug: 's', info, slot, values: base(info), timezone: 'UTC', locale: 'en' }).likelyAvailableUserIds).toEqual([
      '2',
      '3',
    ]);
  });
});
