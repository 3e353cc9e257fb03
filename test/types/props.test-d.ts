import { describe, expectTypeOf, it } from 'vitest';
import type {
  BookingInfo,
  BookingResult,
  BookMeetingRequest,
  MeetingSchedulerProps,
  MeetingsApiError,
  Messages,
  Prefill,
  SlotSelection,
} from '../../src/index';

describe('Messages overrides', () => {
  it('take any subset of strings and formatters, with their own types', () => {
    const overrides: Partial<Messages> = {
      bookMeeting: 'Reserve',
      durationLabel: (minutes) => `${minutes}′`,
      dayLabel: (date, context) => `${date}${context.available ? '' : ' (full)'}`,
    };
    expectTypeOf(overrides).toMatchTypeOf<MeetingSchedulerProps['messages']>();
    // @ts-expect-error a string is not a formatter
    const wrongKind: Partial<Messages> = { durationLabel: 'min' };
    // @ts-expect-error no such message
    const unknown: Partial<Messages> = { bookMeetingNow: 'Go' };
    expectTypeOf([wrongKind, unknown]).toBeArray();
  });
});

describe('Prefill', () => {
  it('takes plain values, locked values, guests and custom fields', () => {
    const prefill: Prefill = {
      firstName: 'Ada',
      email: { value: 'ada@example.com', locked: true },
      guestEmails: ['bob@example.com'],
      formFields: { company: 'Acme', topics: { value: 'a;b' } },
    };
    expectTypeOf(prefill).toEqualTypeOf<Prefill>();
    // @ts-expect-error a value is a string
    const notString: Prefill = { email: 42 };
    // @ts-expect-error guests are plain emails, not lockable
    const lockedGuests: Prefill = { guestEmails: [{ value: 'x@example.com' }] };
    expectTypeOf([notString, lockedGuests]).toBeArray();
  });
});

describe('callback payloads', () => {
  it('match the API types', () => {
    expectTypeOf<MeetingSchedulerProps['onReady']>().toEqualTypeOf<((info: BookingInfo) => void) | undefined>();
    expectTypeOf<MeetingSchedulerProps['onDurationChange']>().toEqualTypeOf<((duration: number) => void) | undefined>();
    expectTypeOf<MeetingSchedulerProps['onDateSelect']>().toEqualTypeOf<((date: string) => void) | undefined>();
    expectTypeOf<MeetingSchedulerProps['onSlotSelect']>().toEqualTypeOf<((slot: SlotSelection) => void) | undefined>();
    expectTypeOf<MeetingSchedulerProps['onSubmit']>().toEqualTypeOf<((request: BookMeetingRequest) => void) | undefined>();
    expectTypeOf<MeetingSchedulerProps['onBooked']>().toEqualTypeOf<((result: BookingResult) => void) | undefined>();
    expectTypeOf<MeetingSchedulerProps['onError']>().toEqualTypeOf<((error: MeetingsApiError) => void) | undefined>();
    expectTypeOf<SlotSelection>().toEqualTypeOf<{ start: number; end: number; duration: number; timezone: string }>();
  });
});
