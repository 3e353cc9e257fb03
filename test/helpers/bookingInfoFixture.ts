import type { BookingInfo, FormField, FormFieldOption, Member } from '../../src/api/types';

/** A minimal valid model of a personal link; tests override what they exercise. */
export function bookingInfoFixture(overrides: Partial<BookingInfo> = {}): BookingInfo {
  return {
    linkId: '1',
    linkType: 'PERSONAL_LINK',
    isOffline: false,
    durations: [1_800_000],
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
    members: [member('u1', 'Ada Lovelace')],
    availability: { slotsByDuration: {}, hasMore: false, members: [] },
    ...overrides,
  };
}

export function member(userId: string, displayName: string, busyTimes: Member['busyTimes'] = []): Member {
  return {
    id: `m-${userId}`,
    userId,
    isOffline: false,
    isSalesStarter: false,
    calendarProvider: 'GOOGLE',
    email: `${userId}@example.com`,
    displayName,
    busyTimes,
  };
}

export function option(value: string, displayOrder: number, extra: Partial<FormFieldOption> = {}): FormFieldOption {
  return { label: value.toUpperCase(), value, displayOrder, hidden: false, readOnly: false, ...extra };
}

export function field(name: string, fieldType: string, extra: Partial<FormField> = {}): FormField {
  return { name, label: name, fieldType, isCustom: true, isRequired: false, options: [], ...extra };
}
