import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { calendarEventFromBooking } from '../booking/calendarEventFromBooking';
import { organizerMembers } from '../booking/organizerMembers';
import { safeHttpUrl } from '../booking/safeHttpUrl';
import { AddToCalendar } from './AddToCalendar';
import { ConfirmationDetails, type ConfirmationDetailsProps } from './ConfirmationDetails';
import { ConfirmationRedirect } from './ConfirmationRedirect';

/** Props of {@link Confirmation}: the details it lists, and whether to follow the redirect. */
export interface ConfirmationProps extends ConfirmationDetailsProps {
  /** Follow `info.redirectUrl` (http/https only) after a short moment. Default false. */
  redirectOnBooked?: boolean;
}

/**
 * What the visitor sees once the meeting is booked. An offline booking (no calendar event) is
 * "requested", and says plainly that no invitation was created: promising an invite that never
 * comes is the worst outcome of a booking widget. Focus moves to the heading so screen readers
 * announce the outcome.
 */
export function Confirmation({ result, info, timezone, locale, hourCycle, messages, redirectOnBooked }: ConfirmationProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // In the commit that shows it, like the form's heading (see BookingStep).
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, []);

  const organizerName = organizerMembers(info).length === 1 ? organizerMembers(info)[0]?.displayName : undefined;
  const title = messages.meetingTitle(organizerName);
  const event = useMemo(() => calendarEventFromBooking(result, info, title), [result, info, title]);
  const redirectUrl = redirectOnBooked ? safeHttpUrl(info.redirectUrl) : undefined;
  const offline = result.isOffline;

  return (
    <section className="ms-confirmation" aria-labelledby={headingId} data-offline={offline ? '' : undefined}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="ms-confirmation__heading">
        {offline ? messages.requestedHeading : messages.bookedHeading}
      </h2>
      <p className="ms-confirmation__notice">{offline ? messages.offlineNotice : messages.bookedNotice}</p>
      <ConfirmationDetails
        result={result}
        info={info}
        timezone={timezone}
        locale={locale}
        hourCycle={hourCycle}
        messages={messages}
      />
      <AddToCalendar event={event} messages={messages} />
      {redirectUrl && <ConfirmationRedirect url={redirectUrl} messages={messages} />}
    </section>
  );
}
