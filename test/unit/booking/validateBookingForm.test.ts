// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createInitialFormValues } from '../../../src/booking/createInitialFormValues';
import { validateBookingForm } from '../../../src/booking/validateBookingForm';
import type { BookingFormValues } from '../../../src/booking/BookingFormValues';
import { defaultBookingMessages as m } from '../../../src/i18n/bookingMessages';
import { bookingInfoFixture, field, option } from '../../helpers/bookingInfoFixture';

const filled = (info = bookingInfoFixture(), patch: Partial<BookingFormValues> = {}): BookingFormValues => ({
  ...createInitialFormValues(info),
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  ...patch,
});

describe('validateBookingForm', () => {
  it('accepts a complete form', () => {
    expect(validateBookingForm(filled(), bookingInfoFixture(), m)).toEqual({});
  });

  it('requires names and email, ignoring blanks, in form order', () => {
    const errors = validateBookingForm(filled(undefined, { firstName: '  ', lastName: '', email: ' ' }), bookingInfoFixture(), m);
    expect(Object.keys(errors)).toEqual(['firstName', 'lastName', 'email']);
    expect(errors.firstName).toBe('First name is required.');
  });

  it.each(['ada', 'ada@', '@example.com', 'ada@example', 'a da@example.com', 'ada@@example.com', 'ada@example.'])(
    'rejects the email %j',
    (email) => {
      expect(validateBookingForm(filled(undefined, { email }), bookingInfoFixture(), m).email).toBe(m.errorEmailFormat);
    },
  );

  it('accepts plus addresses and surrounding spaces', () => {
    expect(validateBookingForm(filled(undefined, { email: ' ada+meet@mail.example.co.uk ' }), bookingInfoFixture(), m)).toEqual({});
  });

  describe('guests', () => {
    const info = bookingInfoFixture({ guestSettings: { canAddGuests: true, maxGuestCount: 2 } });

    it('flags malformed, duplicate and own addresses at the guest, skipping empty rows', () => {
      const errors = validateBookingForm(
        filled(info, { guestEmails: ['bob@example.com', '', 'nope', 'BOB@example.com', 'Ada@Example.com'] }),
        info,
        m,
      );
      expect(errors).toEqual({
        'guestEmails.2': m.errorGuestEmailFormat(3),
        'guestEmails.3': m.errorGuestDuplicate(4),
        'guestEmails.4': m.errorGuestIsVisitor(5),
        guestEmails: m.errorTooManyGuests(2),
      });
    });

    it('allows up to maxGuestCount', () => {
      expect(validateBookingForm(filled(info, { guestEmails: ['b@example.com', 'c@example.com'] }), info, m)).toEqual({});
    });

    it('ignores guest values when the link takes no guests (they are not sent either)', () => {
      expect(validateBookingForm(filled(undefined, { guestEmails: ['nope'] }), bookingInfoFixture(), m)).toEqual({});
    });
  });

  describe('custom fields', () => {
    const info = bookingInfoFixture({
      formFields: [
        field('company', 'text', { isRequired: true, label: 'Company' }),
        field('seats', 'number', { label: 'Seats' }),
        field('start', 'date', { label: 'Start date' }),
        field('topics', 'checkbox', { isRequired: true, label: 'Which topics? ', options: [option('a', 1), option('b', 2)] }),
        field('terms', 'booleancheckbox', { isRequired: true, label: 'Terms' }),
        field('optin', 'booleancheckbox', { label: 'Newsletter' }),
      ],
    });

    it('enforces required ones by their kind', () => {
      expect(validateBookingForm(filled(info), info, m)).toEqual({
        'formFields.company': 'Company is required.',
        'formFields.topics': 'Answer “Which topics?”.',
        'formFields.terms': 'Tick “Terms” to continue.',
      });
    });

    it('checks numbers and dates when given', () => {
      const values = filled(info, {
        formFields: { company: 'Acme', seats: 'ten', start: '2025-02-30', topics: ['a'], terms: true, optin: false },
      });
      expect(validateBookingForm(values, info, m)).toEqual({
        'formFields.seats': 'Seats must be a number.',
        'formFields.start': m.errorDate('Start date'),
      });
      values.formFields.seats = ' 12.5 ';
      values.formFields.start = '2024-02-29';
      expect(validateBookingForm(values, info, m)).toEqual({});
    });
  });

  describe('consent', () => {
    const info = bookingInfoFixture({
      legalConsentEnabled: true,
      legalConsent: {
        communicationConsentCheckboxes: [
          { communicationTypeId: '11', label: '<p>Marketing &amp; <b>news</b>.</p>', required: true },
          { communicationTypeId: '12', label: 'News', required: false },
        ],
        processingConsentType: 'REQUIRED_CHECKBOX',
        isLegitimateInterest: false,
        legitimateInterestSubscriptionTypes: [],
      },
    });

    it('requires the required communication box and the processing box', () => {
      expect(validateBookingForm(filled(info), info, m)).toEqual({
        'legalConsentResponses.11': 'Tick “Marketing & news” to continue.',
        processingConsent: `Tick “${m.processingConsentFallbackLabel.replace(/\.$/, '')}” to continue.`,
      });
      const ticked = filled(info, { communicationConsents: { '11': true, '12': false }, processingConsent: true });
      expect(validateBookingForm(ticked, info, m)).toEqual({});
    });

    it('asks nothing when consent is disabled on the link', () => {
      expect(validateBookingForm(filled(info), { ...info, legalConsentEnabled: false }, m)).toEqual({});
    });

    it('needs no processing box when consent is implicit', () => {
      const implicit = { ...info, legalConsent: { ...info.legalConsent!, processingConsentType: 'IMPLICIT' as const } };
      expect(validateBookingForm(filled(info, { communicationConsents: { '11': true } }), implicit, m)).toEqual({});
    });
  });
});
