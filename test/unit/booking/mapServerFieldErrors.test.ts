// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mapServerFieldErrors } from '../../../src/booking/mapServerFieldErrors';
import de from '../../../src/i18n/catalogs/de';
import { bookingInfoFixture, field } from '../../helpers/bookingInfoFixture';

describe('mapServerFieldErrors', () => {
  const info = bookingInfoFixture({
    guestSettings: { canAddGuests: true, maxGuestCount: 3 },
    formFields: [field('company', 'text')],
    legalConsentEnabled: true,
    legalConsent: {
      communicationConsentCheckboxes: [{ communicationTypeId: '11', label: 'x', required: true }],
      processingConsentType: 'IMPLICIT',
      isLegitimateInterest: false,
      legitimateInterestSubscriptionTypes: [],
    },
  });

  it('puts messages at the fields they name, whatever the spelling of positions and case', () => {
    const mapped = mapServerFieldErrors(
      [
        { field: 'email', message: 'This email domain is blocked.' },
        { field: 'FIRSTNAME', message: 'Too long.' },
        { field: 'formFields.company', message: 'Unknown company.' },
        { field: 'legalConsentResponses.11', message: 'Consent needed.' },
        { field: 'guestEmails[1]', message: 'Bad guest.' },
        { field: 'email', message: 'Also this.' },
      ],
      info,
      2,
    );
    expect(mapped).toEqual({
      fieldErrors: {
        email: 'This email domain is blocked. Also this.',
        firstName: 'Too long.',
        'formFields.company': 'Unknown company.',
        'legalConsentResponses.11': 'Consent needed.',
        'guestEmails.1': 'Bad guest.',
      },
      unmatched: [],
    });
  });

  it('keeps messages for fields the form does not show for the top of the form', () => {
    const mapped = mapServerFieldErrors(
      [
        { field: 'formFields.ghost', message: 'Ghost field invalid.' },
        { field: '', message: 'Something is off.' },
        { field: 'guestEmails.5', message: 'No such guest row.' },
      ],
      info,
      1,
    );
    expect(mapped).toEqual({ fieldErrors: {}, unmatched: ['Ghost field invalid.', 'Something is off.', 'No such guest row.'] });
  });

  it('with messages, writes errors of known codes in the visitor language and keeps the rest', () => {
    const mapped = mapServerFieldErrors(
      [
        { field: 'email', message: 'Email must be formatted correctly.', code: 'INVALID_EMAIL' },
        { field: 'guestEmails.0', message: 'Bad guest.', code: 'invalid_email' },
        { field: 'lastName', message: 'lastName is required.', code: 'REQUIRED' },
        { field: 'formFields.company', message: 'company is required.', code: 'REQUIRED' },
        { field: 'firstName', message: 'Name on a block list.', code: 'BLOCKED' },
      ],
      info,
      1,
      de,
    );
    expect(mapped.fieldErrors).toEqual({
      email: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
      'guestEmails.0': 'Gast 1: Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
      lastName: 'Nachname ist ein Pflichtfeld.',
      'formFields.company': `${info.formFields[0]!.label} ist ein Pflichtfeld.`,
      firstName: 'Name on a block list.',
    });
  });
});
