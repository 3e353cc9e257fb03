// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MeetingsApiError } from '../../../src/api/MeetingsApiError';
import { parseBookingResult } from '../../../src/api/parseBookingResult';
import { readHubSpotFixture } from './readHubSpotFixture';
import { thrownBy } from './thrownBy';

const sample = () => readHubSpotFixture('book-response');

describe('parseBookingResult', () => {
  it('reads the guide sample with times as epoch ms', () => {
    expect(parseBookingResult(sample())).toStrictEqual({
      calendarEventId: '6q0nonv2c1a73b1nqctf5rmo6g',
      start: Date.UTC(2024, 8, 19, 18, 45),
      end: Date.UTC(2024, 8, 19, 19, 15),
      duration: 1800000,
      contactId: '1706743198',
      bookingTimezone: 'America/New_York',
      locale: 'en-us',
      guestEmails: [],
      subject: 'Event Subject',
      location: 'Location Example',
      isOffline: false,
      formFields: [],
      legalConsentResponses: [],
    });
  });

  it('counts a booking without a calendar event as offline even when isOffline says false', () => {
    expect(parseBookingResult({ ...sample(), calendarEventId: '' }).isOffline).toBe(true);
    expect(parseBookingResult({ ...sample(), calendarEventId: null }).isOffline).toBe(true);
    expect(parseBookingResult({ ...sample(), isOffline: true }).isOffline).toBe(true);
  });

  it('reads times with offsets, without a zone (as UTC, whatever the machine zone), or as epoch ms', () => {
    const at = Date.UTC(2024, 8, 19, 18, 45);
    expect(parseBookingResult({ ...sample(), start: '2024-09-19T14:45:00-04:00' }).start).toBe(at);
    expect(parseBookingResult({ ...sample(), start: '2024-09-19T18:45:00' }).start).toBe(at);
    expect(parseBookingResult({ ...sample(), start: '2024-09-19T18:45:00.000+0000' }).start).toBe(at);
    expect(parseBookingResult({ ...sample(), start: at }).start).toBe(at);
  });

  it('derives the duration from the times when it is missing, and echoes form answers and consents', () => {
    const result = parseBookingResult({
      ...sample(),
      duration: null,
      webConferenceUrl: 'https://meet.example.com/abc',
      formFields: [
        { name: 'size', label: 'Size', translatedLabel: 'Taille', value: 'l', valueLabel: 'Large', isCustom: true },
        { name: 'count', label: 'Count', value: 3 },
        { label: 'nameless', value: 'x' },
      ],
      legalConsentResponses: [{ communicationTypeId: 5457724, consented: true }, { communicationTypeId: '1' }],
    });
    expect(result.duration).toBe(1800000);
    expect(result.webConferenceUrl).toBe('https://meet.example.com/abc');
    expect(result.formFields).toStrictEqual([
      { name: 'size', label: 'Size', translatedLabel: 'Taille', value: 'l', valueLabel: 'Large', isCustom: true },
      { name: 'count', label: 'Count', value: '3', isCustom: true },
    ]);
    expect(result.legalConsentResponses).toStrictEqual([{ communicationTypeId: '5457724', consented: true }]);
  });

  it.each([
    ['a missing start', { start: undefined }],
    ['an unreadable end', { end: 'tomorrow' }],
    ['an impossible date', { start: '2024-02-30T10:00:00Z' }],
    ['an end before the start', { end: '2024-09-19T18:00:00Z' }],
  ])('rejects %s as an invalid response', async (_label, patch) => {
    const error = await thrownBy(() => parseBookingResult({ ...sample(), ...patch }));
    expect(error).toBeInstanceOf(MeetingsApiError);
    expect(error).toMatchObject({ kind: 'invalid-response' });
  });

  it('rejects a body that is not an object', async () => {
    expect(await thrownBy(() => parseBookingResult('booked'))).toMatchObject({ kind: 'invalid-response' });
  });
});
