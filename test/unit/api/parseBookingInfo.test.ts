// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MeetingsApiError } from '../../../src/api/MeetingsApiError';
import { parseBookingInfo } from '../../../src/api/parseBookingInfo';
import type { BookingInfo, Member } from '../../../src/api/types';
import { readHubSpotFixture } from './readHubSpotFixture';
import { thrownBy } from './thrownBy';

/** The sample with `customParams` replaced by `patch` merged over it. */
function withParams(patch: Record<string, unknown>): Record<string, unknown> {
  const sample = readHubSpotFixture('booking-info');
  return { ...sample, customParams: { ...(sample.customParams as object), ...patch } };
}

const weekday = [{ start: 540, end: 1020 }];

describe('parseBookingInfo', () => {
  it('reads the guide sample into the model, field for field', () => {
    const johnDoe: Member = {
      id: '123456',
      userId: '271921',
      isOffline: true,
      isSalesStarter: true,
      calendarProvider: 'GOOGLE',
      email: 'jdoe@example.com',
      firstName: 'John',
      lastName: 'Doe',
      displayName: 'John Doe',
      busyTimes: [],
    };
    const expected: BookingInfo = {
      linkId: '123456',
      linkType: 'PERSONAL_LINK',
      isOffline: true,
      durations: [900000, 1800000, 3600000],
      startTimeIncrement: 'FIFTEEN',
      weeklyAvailability: { MONDAY: weekday, TUESDAY: weekday, WEDNESDAY: weekday, THURSDAY: weekday, FRIDAY: weekday },
      meetingBufferTime: 900000,
      ownerPrioritized: false,
      weeksToAdvertise: 2,
      formFields: [],
      // The sample has consent options but consent switched off: the form asks for nothing.
      legalConsentEnabled: false,
      displayInfo: { companyAvatar: 'https://example.com/hello.jpg', publicDisplayAvatarOption: 'PROFILE_IMAGE' },
      guestSettings: { canAddGuests: false, maxGuestCount: 0 },
      welcomeScreen: { useCompanyLogo: false },
      branding: {
        logoUrl: 'https://example.com/hello.jpg',
        logoAltText: 'soup',
        logoWidth: 1920,
        logoHeight: 1280,
        primaryColor: '#ebb70e',
        secondaryColor: '#ebb70e',
        accentColor: '#216bb4',
        accent2Color: '#216bb4',
        companyDomain: 'saltpigkitchen.com',
        companyAvatar: 'https://example.com/hello.jpg',
        companyAddress: ['40 Fremont St', '#2', 'Somerville, 02145', 'US'],
        showMarketingAd: false,
        showSalesAd: false,
      },
      members: [johnDoe],
      availability: {
        slotsByDuration: {
          900000: [
            { start: 1760129100000, end: 1760130000000 },
            { start: 1760360400000, end: 1760361300000 },
          ],
          1800000: [
            { start: 1760360400000, end: 1760362200000 },
            { start: 1760361300000, end: 1760363100000 },
          ],
          3600000: [
            { start: 1760360400000, end: 1760364000000 },
            { start: 1760361300000, end: 1760364900000 },
            { start: 1760362200000, end: 1760365800000 },
          ],
        },
        hasMore: false,
        members: [johnDoe],
      },
    };
    const parsed = parseBookingInfo(readHubSpotFixture('booking-info'));
    expect(parsed).toStrictEqual(expected);
    // null in the sample means absent, not the string "null" or a key holding undefined.
    expect('companyName' in parsed.branding).toBe(false);
  });

  it('reads legal consent when it is enabled, with the empty texts left out and an unknown type as a notice', () => {
    const sample = readHubSpotFixture('booking-info');
    const options = (sample.customParams as { legalConsentOptions: Record<string, unknown> }).legalConsentOptions;
    const info = parseBookingInfo(
      withParams({ legalConsentEnabled: true, legalConsentOptions: { ...options, processingConsentType: 'SOMETHING_NEW' } }),
    );
    expect(info.legalConsent).toStrictEqual({
      communicationConsentCheckboxes: [
        { communicationTypeId: '5457724', label: 'I agree to receive other communications from jkurien.com.', required: false },
      ],
      processingConsentType: 'IMPLICIT',
      isLegitimateInterest: false,
      legitimateInterestSubscriptionTypes: [5457724],
      communicationConsentText: expect.stringContaining('jkurien.com is committed'),
      processingConsentText: expect.stringContaining('By clicking submit below'),
      privacyPolicyText: expect.stringContaining('You can unsubscribe'),
      legitimateInterestLegalBasis: 'LEGITIMATE_INTEREST_PQL',
    });
  });

  it('keeps a required processing checkbox with its label', () => {
    const info = parseBookingInfo(
      withParams({
        legalConsentEnabled: true,
        legalConsentOptions: {
          processingConsentType: 'REQUIRED_CHECKBOX',
          processingConsentCheckboxLabel: 'I agree to the <a href="/terms">terms</a>',
          communicationConsentCheckboxes: [{ communicationTypeId: 77, label: 'News', required: true }, { label: 'no id' }],
        },
      }),
    );
    expect(info.legalConsent?.processingConsentType).toBe('REQUIRED_CHECKBOX');
    expect(info.legalConsent?.processingConsentCheckboxLabel).toBe('I agree to the <a href="/terms">terms</a>');
    expect(info.legalConsent?.communicationConsentCheckboxes).toEqual([{ communicationTypeId: '77', label: 'News', required: true }]);
  });

  it('accepts a single range per weekday (the OpenAPI form) and drops ranges outside a day', () => {
    const info = parseBookingInfo(
      withParams({
        availability: {
          MONDAY: { start: 540, end: 1020 },
          tuesday: [{ start: 780, end: 1020 }, { start: 540, end: 720 }, { start: 540, end: 720 }],
          WEDNESDAY: [{ start: 600, end: 600 }, { start: -5, end: 60 }, { start: 1000, end: 1500 }],
          THURSDAY: null,
          SOMEDAY: [{ start: 1, end: 2 }],
          FRIDAY: [{ start: '540', end: '1020' }],
        },
      }),
    );
    expect(info.weeklyAvailability).toStrictEqual({
      MONDAY: [{ start: 540, end: 1020 }],
      TUESDAY: [
        { start: 540, end: 720 },
        { start: 780, end: 1020 },
      ],
      FRIDAY: [{ start: 540, end: 1020 }],
    });
  });

  it('derives durations from the slot keys when the list is missing, and reads numeric strings', () => {
    expect(parseBookingInfo(withParams({ durations: undefined })).durations).toEqual([900000, 1800000, 3600000]);
    expect(parseBookingInfo(withParams({ durations: null })).durations).toEqual([900000, 1800000, 3600000]);
    expect(parseBookingInfo(withParams({ durations: ['1800000', 900000, 900000, -1, 'x', 1.5] })).durations).toEqual([
      1800000, 900000,
    ]);
  });

  it('cleans slots: string keys and numbers, unsorted and duplicated, empty or reversed ones dropped', () => {
    const info = parseBookingInfo({
      customParams: {},
      linkAvailability: {
        hasMore: 'true',
        linkAvailabilityByDuration: {
          '1800000': {
            meetingDurationMillis: 1800000,
            availabilities: [
              { startMillisUtc: 3000, endMillisUtc: 4000 },
              { startMillisUtc: '1000', endMillisUtc: '2000' },
              { startMillisUtc: 3000, endMillisUtc: 4000 },
              { startMillisUtc: 5000, endMillisUtc: 5000 },
              { startMillisUtc: 7000, endMillisUtc: 6000 },
              { startMillisUtc: 'soon', endMillisUtc: 9000 },
              null,
            ],
          },
          weird: { meetingDurationMillis: 900000, availabilities: [{ startMillisUtc: 1, endMillisUtc: 2 }] },
          '0': { availabilities: [{ startMillisUtc: 1, endMillisUtc: 2 }] },
          '3600000': { availabilities: 'none' },
        },
      },
    });
    expect(info.availability).toStrictEqual({
      slotsByDuration: {
        900000: [{ start: 1, end: 2 }],
        1800000: [
          { start: 1000, end: 2000 },
          { start: 3000, end: 4000 },
        ],
        3600000: [],
      },
      hasMore: true,
      members: [],
    });
  });

  it('gives defaults for every missing optional block', () => {
    const info = parseBookingInfo({ customParams: {} });
    expect(info).toStrictEqual({
      linkId: '',
      linkType: 'PERSONAL_LINK',
      isOffline: false,
      durations: [],
      startTimeIncrement: 'FIFTEEN',
      weeklyAvailability: {},
      meetingBufferTime: 0,
      ownerPrioritized: false,
      formFields: [],
      legalConsentEnabled: false,
      displayInfo: {},
      guestSettings: { canAddGuests: false, maxGuestCount: 0 },
      welcomeScreen: { useCompanyLogo: false },
      branding: { companyAddress: [], showMarketingAd: false, showSalesAd: false },
      members: [],
      availability: { slotsByDuration: {}, hasMore: false, members: [] },
    } satisfies BookingInfo);
  });

  it('drops branding colours that are not #rgb or #rrggbb', () => {
    const sample = readHubSpotFixture('booking-info');
    const info = parseBookingInfo({
      ...sample,
      brandingMetadata: {
        primaryColor: 'red',
        secondaryColor: '#ABC',
        accentColor: '#12345',
        accent2Color: '#fff;background:url(x)',
        companyName: 'Salt Pig',
        companyCity: 'Somerville',
        companyState: 'MA',
        companyZip: '02145',
      },
    });
    expect(info.branding).toStrictEqual({
      secondaryColor: '#abc',
      companyName: 'Salt Pig',
      companyAddress: ['Somerville, MA 02145'],
      showMarketingAd: false,
      showSalesAd: false,
    });
  });

  it('reads members: display name from fullName or first and last name, ids as strings, busy times cleaned', () => {
    const info = parseBookingInfo({
      customParams: {},
      linkType: 'ROUND_ROBIN_CALENDAR',
      allUsersBusyTimes: [
        {
          isOffline: false,
          meetingsUser: {
            id: 1,
            userId: 2,
            calendarProvider: 'ICLOUD',
            userProfile: { email: 'a@example.com', firstName: 'Ada', lastName: null, fullName: null },
          },
          busyTimes: [{ start: 30, end: 40 }, { start: 10, end: 20 }, { start: 50, end: 45 }],
        },
        { meetingsUser: { id: 'x', userProfile: { firstName: 'Grace', lastName: 'Hopper' } } },
        { meetingsUser: {} },
        'nonsense',
      ],
    });
    expect(info.linkType).toBe('ROUND_ROBIN_CALENDAR');
    expect(info.members).toStrictEqual([
      {
        id: '1',
        userId: '2',
        isOffline: false,
        isSalesStarter: false,
        calendarProvider: 'UNKNOWN',
        email: 'a@example.com',
        firstName: 'Ada',
        displayName: 'Ada',
        busyTimes: [
          { start: 10, end: 20 },
          { start: 30, end: 40 },
        ],
      },
      {
        id: 'x',
        userId: 'x',
        isOffline: false,
        isSalesStarter: false,
        calendarProvider: 'UNKNOWN',
        firstName: 'Grace',
        lastName: 'Hopper',
        displayName: 'Grace Hopper',
        busyTimes: [],
      },
    ]);
  });

  it('sorts form field options by displayOrder and fills in missing labels and types', () => {
    const info = parseBookingInfo(
      withParams({
        formFields: [
          {
            name: 'size',
            label: 'Company size',
            fieldType: 'Select',
            isRequired: true,
            isCustom: true,
            type: 'enumeration',
            options: [
              { label: 'Large', value: 'l', displayOrder: 2 },
              { label: 'Small', value: 's', displayOrder: 0, description: null },
              { value: 'm', displayOrder: '1', hidden: true },
              { label: 'no value' },
            ],
          },
          { name: 'notes' },
          { name: 'notes', label: 'Repeated' },
          { label: 'no name' },
        ],
      }),
    );
    expect(info.formFields).toStrictEqual([
      {
        name: 'size',
        label: 'Company size',
        fieldType: 'select',
        type: 'enumeration',
        isCustom: true,
        isRequired: true,
        options: [
          { label: 'Small', value: 's', displayOrder: 0, hidden: false, readOnly: false },
          { label: 'm', value: 'm', displayOrder: 1, hidden: true, readOnly: false },
          { label: 'Large', value: 'l', displayOrder: 2, hidden: false, readOnly: false },
        ],
      },
      { name: 'notes', label: 'notes', fieldType: 'text', isCustom: false, isRequired: false, options: [] },
    ]);
  });

  it('maps the increment word, minutes with a word, and anything else to FIFTEEN', () => {
    expect(parseBookingInfo(withParams({ startTimeIncrementMinutes: 'MEETING_DURATION' })).startTimeIncrement).toBe('MEETING_DURATION');
    expect(parseBookingInfo(withParams({ startTimeIncrementMinutes: 30 })).startTimeIncrement).toBe('THIRTY');
    expect(parseBookingInfo(withParams({ startTimeIncrementMinutes: 'SEVEN' })).startTimeIncrement).toBe('FIFTEEN');
  });

  it('offers guests only when there is room for one', () => {
    expect(parseBookingInfo(withParams({ guestSettings: { canAddGuests: true, maxGuestCount: 3 } })).guestSettings).toEqual({
      canAddGuests: true,
      maxGuestCount: 3,
    });
    expect(parseBookingInfo(withParams({ guestSettings: { canAddGuests: true, maxGuestCount: null } })).guestSettings).toEqual({
      canAddGuests: false,
      maxGuestCount: 0,
    });
  });

  it('reads optional texts and dates, leaving nulls out', () => {
    const info = parseBookingInfo(
      withParams({
        language: 'fr',
        locale: null,
        location: 'Zoom',
        redirectUrl: '',
        customAvailabilityStartDate: 1760000000000,
        customAvailabilityEndDate: null,
        welcomeScreenInfo: { title: 'Hi', description: null, useCompanyLogo: true, showWelcomeScreen: true },
      }),
    );
    expect(info.language).toBe('fr');
    expect(info.location).toBe('Zoom');
    expect(info.customAvailabilityStartDate).toBe(1760000000000);
    expect(info.welcomeScreen).toStrictEqual({ title: 'Hi', useCompanyLogo: true });
    for (const key of ['locale', 'redirectUrl', 'customAvailabilityEndDate'] as const) expect(key in info).toBe(false);
  });

  it.each([
    ['null', null],
    ['a list', [readHubSpotFixture('booking-info')]],
    ['an error body', { status: 'error', message: 'nope' }],
    ['customParams that is not an object', { customParams: 'x' }],
  ])('rejects %s as an invalid response', async (_label, body) => {
    const error = await thrownBy(() => parseBookingInfo(body));
    expect(error).toBeInstanceOf(MeetingsApiError);
    expect(error).toMatchObject({ kind: 'invalid-response' });
  });
});
