import { useEffect, useRef } from 'react';
import type { BookingInfo, BookingResult } from '../api/types';
import type { Messages } from '../i18n/Messages';
import type { HourCycle } from './MeetingSchedulerProps';

/** Props of {@link Confirmation}. */
export interface ConfirmationProps {
  /** The parsed answer of the book call. */
  result: BookingResult;
  /** The link's booking info (organizer, redirect URL). */
  info: BookingInfo;
  /** IANA zone the visitor sees times in. */
  timezone: string;
  /** BCP 47 locale for dates and times. */
  locale: string;
  hourCycle: HourCycle;
  messages: Messages;
  /** Follow `info.redirectUrl` (http/https only) after a short moment. Default false. */
  redirectOnBooked?: boolean;
}

/** What the visitor sees once the meeting is booked (or, offline, requested). */
export function Confirmation({ result, timezone, locale, hourCycle, messages }: ConfirmationProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const time = new Intl.DateTimeFormat(locale, { timeZone: timezone, dateStyle: 'full', timeStyle: 'short', hourCycle });
  return (
    <section className="ms-confirmation" aria-labelledby="ms-confirmation-heading">
      <h2 id="ms-confirmation-heading" ref={headingRef} tabIndex={-1} className="ms-confirmation__heading">
        {result.isOffline ? messages.requestedHeading : messages.bookedHeading}
      </h2>
      <p>{result.isOffline ? messages.offlineNotice : messages.bookedNotice}</p>
      <p>{time.format(result.start)}</p>
    </section>
  );
}
