// @vitest-environment node
// Issue 13 item 13: the fake backend's wire shapes carry every field HubSpot's published types
// require, and the parsed book response keeps every attribute of the booked form fields.
import { describe, expect, it } from 'vitest';
import { parseBookingResult } from '../../../src/api/parseBookingResult';
import { createScenarioScheduler } from '../../../src/mock/createScenarioScheduler';
import { scenarios } from '../../../src/mock/scenarios';
import type { ScenarioId } from '../../../src/mock/ScenarioId';

const NOW = Date.UTC(2025, 9, 6, 12);
const ids = Object.keys(scenarios) as ScenarioId[];

type Json = Record<string, unknown>;

function bookingInfo(id: ScenarioId): Json {
  const response = createScenarioScheduler({ now: NOW }).getBookingInfo(id, { timezone: 'UTC' });
  expect(response.status).toBe(200);
  return response.body as Json;
}

describe.each(ids)('fake booking info of %s', (id) => {
  it('has brandingMetadata with logoAltText, showMarketingAd and showSalesAd', () => {
    const branding = bookingInfo(id).brandingMetadata as Json | undefined;
    if (branding === undefined) return;
    expect(typeof branding.logoAltText).toBe('string');
    expect(typeof branding.showMarketingAd).toBe('boolean');
    expect(typeof branding.showSalesAd).toBe('boolean');
  });

  it('has form fields with every typed attribute and options with every option attribute', () => {
    const params = bookingInfo(id).customParams as Json;
    for (const field of params.formFields as Json[]) {
      expect(Object.keys(field)).toEqual(expect.arrayContaining(['name', 'label', 'fieldType', 'type', 'isCustom', 'isRequired', 'options']));
      expect(Array.isArray(field.options)).toBe(true);
      for (const option of field.options as Json[]) {
        expect(typeof option.label).toBe('string');
        expect(typeof option.value).toBe('string');
        expect(typeof option.description).toBe('string');
        expect(typeof option.displayOrder).toBe('number');
        expect(typeof option.hidden).toBe('boolean');
        expect(typeof option.readOnly).toBe('boolean');
        expect(typeof option.doubleData).toBe('number');
      }
    }
  });
});

describe('the booked form fields', () => {
  it('come back from the fake with isCustom and fieldType, and parse with every attribute kept', () => {
    const fake = createScenarioScheduler({ now: NOW });
    const info = fake.getBookingInfo('custom-fields', { timezone: 'UTC' }).body as Json;
    const fields = (info.customParams as Json).formFields as Json[];
    const availability = (info.linkAvailability as Json).linkAvailabilityByDuration as Record<string, { availabilities: Array<{ startMillisUtc: number }> }>;
    const [duration, block] = Object.entries(availability).find(([, entry]) => entry.availabilities.length > 0)!;
    const answers = fields.map((field) => {
      const options = field.options as Json[];
      const value = field.fieldType === 'booleancheckbox' ? 'true' : field.fieldType === 'number' ? '3' : field.fieldType === 'date' ? '2025-10-10' : options.length > 0 ? String(options[0]!.value) : 'an answer';
      return { name: String(field.name), value };
    });
    const response = fake.book(
      {
        slug: 'custom-fields',
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.com',
        startTime: block.availabilities[0]!.startMillisUtc,
        duration: Number(duration),
        guestEmails: [],
        formFields: answers,
        legalConsentResponses: [],
        likelyAvailableUserIds: [],
      },
      { timezone: 'UTC' },
    );
    expect(response.status).toBe(200);
    const wire = (response.body as Json).formFields as Json[];
    expect(wire.length).toBeGreaterThan(0);
    for (const field of wire) expect(Object.keys(field)).toEqual(expect.arrayContaining(['name', 'label', 'value', 'isCustom', 'fieldType']));

    const parsed = parseBookingResult({
      ...(response.body as Json),
      formFields: [
        { name: 'size', label: 'Size', translatedLabel: 'Taille', value: 'l', valueLabel: 'Large', isCustom: true, fieldType: 'select' },
        { name: 'firstname', label: 'First name', value: 'Ada', isCustom: false },
      ],
    });
    expect(parsed.formFields).toStrictEqual([
      { name: 'size', label: 'Size', translatedLabel: 'Taille', value: 'l', valueLabel: 'Large', isCustom: true, fieldType: 'select' },
      { name: 'firstname', label: 'First name', value: 'Ada', isCustom: false },
    ]);
  });
});
