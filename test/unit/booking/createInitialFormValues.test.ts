// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createInitialFormValues } from '../../../src/booking/createInitialFormValues';
import { isLockedPrefill } from '../../../src/booking/isLockedPrefill';
import { lockedFieldKeys } from '../../../src/booking/lockedFieldKeys';
import { defaultBookingMessages } from '../../../src/i18n/bookingMessages';
import type { Prefill } from '../../../src/model/Prefill';
import { bookingInfoFixture, field, option } from '../../helpers/bookingInfoFixture';

const info = bookingInfoFixture({
  guestSettings: { canAddGuests: true, maxGuestCount: 2 },
  formFields: [
    field('company', 'text'),
    field('topics', 'checkbox', { options: [option('a', 1), option('b', 2), option('secret', 3, { hidden: true })] }),
    field('size', 'radio', { options: [option('s', 1), option('l', 2)] }),
    field('terms', 'booleancheckbox'),
  ],
  legalConsentEnabled: true,
  legalConsent: {
    communicationConsentCheckboxes: [{ communicationTypeId: '7', label: 'x', required: false }],
    processingConsentType: 'IMPLICIT',
    isLegitimateInterest: false,
    legitimateInterestSubscriptionTypes: [],
  },
});

describe('createInitialFormValues', () => {
  it('starts every field empty and every consent unticked', () => {
    expect(createInitialFormValues(info)).toEqual({
      firstName: '',
      lastName: '',
      email: '',
      guestEmails: [],
      formFields: { company: '', topics: [], size: '', terms: false },
      communicationConsents: { '7': false },
      processingConsent: false,
    });
  });

  it('fills from plain and locked prefill values, keeping only options that can be shown', () => {
    const prefill: Prefill = {
      firstName: 'Ada',
      email: { value: 'ada@example.com', locked: true },
      guestEmails: ['b@example.com', 'c@example.com', 'd@example.com'],
      formFields: { company: { value: 'Acme' }, topics: 'b; secret;zzz', size: 'xl', terms: 'Yes' },
    };
    const values = createInitialFormValues(info, prefill);
    expect(values.firstName).toBe('Ada');
    expect(values.email).toBe('ada@example.com');
    expect(values.guestEmails).toEqual(['b@example.com', 'c@example.com']);
    expect(values.formFields).toEqual({ company: 'Acme', topics: ['b'], size: '', terms: true });
  });

  it('survives junk a plain-JavaScript host may pass', () => {
    const junk = { firstName: 42, lastName: null, email: { value: undefined }, guestEmails: 'x' } as unknown as Prefill;
    const values = createInitialFormValues(info, junk);
    expect([values.firstName, values.lastName, values.email, values.guestEmails]).toEqual(['42', '', '', []]);
  });
});

describe('locked prefill', () => {
  it('is locked only when the host says so', () => {
    expect(isLockedPrefill('a')).toBe(false);
    expect(isLockedPrefill({ value: 'a' })).toBe(false);
    expect(isLockedPrefill({ value: 'a', locked: true })).toBe(true);
    expect(isLockedPrefill(undefined)).toBe(false);
  });

  it('keeps a locked value editable when it would not pass validation', () => {
    const keys = lockedFieldKeys(
      info,
      {
        firstName: { value: 'Ada', locked: true },
        lastName: { value: '', locked: true },
        email: { value: 'not-an-email', locked: true },
        formFields: { company: { value: 'Acme', locked: true }, size: 's' },
      },
      defaultBookingMessages,
    );
    expect([...keys].sort()).toEqual(['firstName', 'formFields.company']);
  });
});
