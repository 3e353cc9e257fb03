import { useMutation, type QueryClient, type UseMutationResult } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import {
  bookMeetingMutationOptions,
  prefetchBookingInfo,
  useBookingInfo,
  useBookingSubmit,
  useBookMeeting,
  useBrowseState,
  useMonthAvailability,
  useSchedulerFlow,
  type AvailabilityPage,
  type BookingInfo,
  type BookingResult,
  type BookMeetingRequest,
  type MeetingsApiError,
  type MeetingsClient,
  type SchedulerNotice,
  type SlotSelection,
  type TimeSlot,
} from '../../src/index';

describe('the data hooks', () => {
  it('type data and error from the API and MeetingsApiError', () => {
    type Info = ReturnType<typeof useBookingInfo>;
    expectTypeOf<Info['data']>().toEqualTypeOf<BookingInfo | undefined>();
    expectTypeOf<Info['error']>().toEqualTypeOf<MeetingsApiError | null>();
    type Month = ReturnType<typeof useMonthAvailability>;
    expectTypeOf<Month['data']>().toEqualTypeOf<AvailabilityPage | undefined>();
    expectTypeOf<Month['error']>().toEqualTypeOf<MeetingsApiError | null>();
  });

  it('type the book mutation and its options factory alike', () => {
    expectTypeOf(useBookMeeting).returns.toEqualTypeOf<UseMutationResult<BookingResult, MeetingsApiError, BookMeetingRequest>>();
    const fromOptions = (client: MeetingsClient) => useMutation(bookMeetingMutationOptions(client, 'jdoe'));
    expectTypeOf(fromOptions).returns.toEqualTypeOf<UseMutationResult<BookingResult, MeetingsApiError, BookMeetingRequest>>();
    expectTypeOf(prefetchBookingInfo).parameter(0).toEqualTypeOf<QueryClient>();
    expectTypeOf(prefetchBookingInfo).returns.toEqualTypeOf<Promise<void>>();
  });
});

describe('the flow hooks', () => {
  it('useSchedulerFlow: the step carries the slot only where one is chosen; the notice is data', () => {
    type Flow = ReturnType<typeof useSchedulerFlow>;
    expectTypeOf<Flow['info']['data']>().toEqualTypeOf<BookingInfo | undefined>();
    expectTypeOf<Flow['slot']>().toEqualTypeOf<SlotSelection | undefined>();
    expectTypeOf<Flow['notice']>().toEqualTypeOf<SchedulerNotice | undefined>();
    expectTypeOf<Extract<Flow['step'], { kind: 'book' }>['slot']>().toEqualTypeOf<SlotSelection>();
    expectTypeOf<Extract<Flow['step'], { kind: 'booked' }>['result']>().toEqualTypeOf<BookingResult>();
    // @ts-expect-error browsing has no chosen slot on its step
    type _NoSlot = Extract<Flow['step'], { kind: 'browse' }>['slot'];
    expectTypeOf<Flow['chooseSlot']>().parameters.toEqualTypeOf<[TimeSlot, number]>();
  });

  it('useBrowseState and useBookingSubmit', () => {
    type Browse = ReturnType<typeof useBrowseState>;
    expectTypeOf<Browse['daySlots']>().toEqualTypeOf<TimeSlot[]>();
    expectTypeOf<Browse['error']>().toEqualTypeOf<MeetingsApiError | null>();
    type Submit = ReturnType<typeof useBookingSubmit>;
    expectTypeOf<Submit['failure']>().toEqualTypeOf<MeetingsApiError | null>();
    expectTypeOf<Submit['fieldErrors']>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<Submit['submit']>().toEqualTypeOf<() => void>();
    expectTypeOf<Parameters<typeof useBookingSubmit>[0]['onBooked']>().toEqualTypeOf<
      ((result: BookingResult, request: BookMeetingRequest) => void) | undefined
    >();
  });
});
