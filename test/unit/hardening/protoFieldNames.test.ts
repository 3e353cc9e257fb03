// @vitest-environment node
// Issue 13 item 6: form values keyed by names the API chose. `__proto__` as a field name made the
// form unsubmittable and threw `(e ?? "").trim is not a function` onto the host page.
import { describe, expect, it } from 'vitest';
import { buildBookRequest } from '../../../src/booking/buildBookRequest';
import { createInitialFormValues } from '../../../src/booking/createInitialFormValues';
import { lockedFieldKeys } from '../../../src/booking/lockedFieldKeys';
import { mapServerFieldErrors } from '../../../src/booking/mapServerFieldErrors';
import { readNamed, withNamed, withoutNamed } from '../../../src/booking/nameKeyedRecord';
import { validateBookingForm } from '../../../src/booking/validateBookingForm';
import { defaultBookingMessages } from '../../../src/i18n/bookingMessages';
import { bookingInfoFixture, field, option } from '../../helpers/bookingInfoFixture';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const info = bookingInfoFixture({
  formFields: [
    ...NAMES.map((name) => field(name, 'text', { isRequired: true })),
    field('prototype', 'checkbox', { options: [option('a', 1), option('b', 2)] }),
    field('isPrototypeOf', 'booleancheckbox', { isRequired: true }),
  ],
  legalConsentEnabled: true,
  legalConsent: {
    communicationConsentCheckboxes: NAMES.map((name) => ({ communicationTypeId: name, label: name, required: true })),
    processingConsentType: 'IMPLICIT',
    isLegitimateInterest: false,
    legitimateInterestSubscriptionTypes: [],
  },
});
const slot = { start: Date.UTC(2026, 2, 2, 15), end: Date.UTC(2026, 2, 2, 15, 30) };

function filledValues() {
  let values = createInitialFormValues(info);
  values = { ...values, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' };
  let formFields = values.formFields;
  for (const name of NAMES) formFields = withNamed(formFields, name, `answer ${name}`);
  formFields = withNamed(formFields, 'prototype', ['b']);
  formFields = withNamed(formFields, 'isPrototypeOf', true);
  let consents = values.communicationConsents;
  for (const name of NAMES) consents = withNamed(consents, name, true);
  return { ...values, formFields, communicationConsents: consents };
}

describe('form values keyed by API names', () => {
  it('start empty for every name, none inherited', () => {
    const values = createInitialFormValues(info);
    for (const name of NAMES) {
      expect(readNamed(values.formFields, name)).toBe('');
      expect(readNamed(values.communicationConsents, name)).toBe(false);
    }
    expect(Object.getPrototypeOf(values.formFields)).toBeNull();
    expect(Object.getPrototypeOf(values.communicationConsents)).toBeNull();
  });

  it('prefill reads only the host object’s own names', () => {
    const values = createInitialFormValues(info, { formFields: { __proto__: 'p', constructor: 'c' } as never });
    expect(readNamed(values.formFields, 'constructor')).toBe('c');
    expect(readNamed(values.formFields, 'toString')).toBe('');
    expect(readNamed(values.formFields, 'hasOwnProperty')).toBe('');
    expect(() => lockedFieldKeys(info, { formFields: {} }, defaultBookingMessages)).not.toThrow();
  });

  it('validate without throwing: empty required ones are errors, filled ones pass', () => {
    const empty = { ...createInitialFormValues(info), firstName: 'Ada', lastName: 'L', email: 'ada@example.com' };
    const errors = validateBookingForm(empty, info, defaultBookingMessages);
    for (const name of NAMES) {
      expect(readNamed(errors, `formFields.${name}`)).toBeDefined();
      expect(readNamed(errors, `legalConsentResponses.${name}`)).toBeDefined();
    }
    expect(validateBookingForm(filledValues(), info, defaultBookingMessages)).toEqual({});
  });

  it('go into the book body, each under its own name', () => {
    const request = buildBookRequest({ slug: 's', info, slot, values: filledValues(), timezone: 'UTC', locale: 'en-US' });
    expect(request.formFields).toEqual([
      ...NAMES.map((name) => ({ name, value: `answer ${name}` })),
      { name: 'prototype', value: 'b' },
      { name: 'isPrototypeOf', value: 'true' },
    ]);
    expect(request.legalConsentResponses).toEqual(NAMES.map((name) => ({ communicationTypeId: name, consented: true })));
  });

  it('server errors for those names land at their field', () => {
    const mapped = mapServerFieldErrors(
      NAMES.map((name) => ({ field: `formFields.${name}`, message: `bad ${name}` })),
      info,
    );
    expect(mapped.unmatched).toEqual([]);
    for (const name of NAMES) expect(readNamed(mapped.fieldErrors, `formFields.${name}`)).toBe(`bad ${name}`);
  });

  it('withNamed and withoutNamed copy into null-prototype objects and never touch prototypes', () => {
    const record = withNamed(withNamed({}, '__proto__', 'x'), 'constructor', 'y');
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    const without = withoutNamed(record, '__proto__');
    expect(Object.keys(without)).toEqual(['constructor']);
    expect(readNamed(without, '__proto__')).toBeUndefined();
    expect(readNamed({}, 'toString')).toBeUndefined();
  });
});
