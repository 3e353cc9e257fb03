import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import { calendarEventFromBooking } from '../booking/calendarEventFromBooking';
import { organizerMembers } from '../booking/organizerMembers';
import { safeHttpUrl } from '../booking/safeHttpUrl';
import { AddToCalendar } from './AddToCalendar';
import { ConfirmationDetails, type ConfirmationDetailsProps } from './ConfirmationDetails';
import { ConfirmationRedirect } from './ConfirmationRedirect';
import { Icon } from './Icon';

/** Props of {@link Confirmation}: the details it lists, and whether to follow the redirect. */
export interface ConfirmationProps extends ConfirmationDetailsProps {
  /** Follow `info.redirectUrl` (http/https only) after a short moment. Default false. */
  redirectOnBooked?: boolean;
  /** The email the visitor booked with: "Invitation sent to …" (the book answer does not say). */
  visitorEmail?: string;
}

// The confirmation's icons (24×24 stroke paths) load with it, not with the calendar.
const ICONS = {
  check: 'M5 12.5l4.5 4.5L19 7.5',
  mail: 'M3 6h18v12H3zM3 7l9 6 9-6',
  video: 'M3 7h12v10H3zM15 10l6-3v10l-6-3',
};

/**
 * What the visitor sees once the meeting is booked. An offline booking (no calendar event) is
 * "requested", and says plainly that no invitation was created: promising an invite that never
 * comes is the worst outcome of a booking widget. Focus moves to the heading so screen readers
 * announce the outcome.
 */
export function Confirmation({ result, info, timezone, locale, hourCycle, messages, redirectOnBooked, visitorEmail }: ConfirmationProps) {
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
  const mark = offline ? 'mail' : 'check';
  const joinUrl = offline ? undefined : safeHttpUrl(result.webConferenceUrl);
  const email = visitorEmail?.trim();

  return (
    <section className="ms-confirmation" aria-labelledby={headingId} data-offline={offline ? '' : undefined}>
      <div className="ms-confirmation__header">
        <span className="ms-confirmation__mark">
          <Icon name={mark} path={ICONS[mark]} />
        </span>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="ms-confirmation__heading">
          {offline ? messages.requestedHeading : messages.bookedHeading}
        </h2>
        {/* Only a calendar booking has an invitation to speak of; an offline one promises none. */}
        {!offline && <p className="ms-confirmation__sent">{email ? messages.invitationSentTo(email) : messages.invitationSent}</p>}
      </div>
      {joinUrl && (
        <a className="ms-booking-button ms-booking-button--primary ms-confirmation__join" href={joinUrl} target="_blank" rel="noopener noreferrer">
          <Icon name="video" path={ICONS.video} />
          {messages.confirmationJoinLink}
          <span className="ms-visually-hidden"> {messages.opensInNewTab}</span>
        </a>
      )}
      <ConfirmationDetails
        result={result}
        info={info}
        timezone={timezone}
        locale={locale}
        hourCycle={hourCycle}
        messages={messages}
      />
      <AddToCalendar event={event} messages={messages} />
      <div className="ms-confirmation__next">
        <h3 className="ms-confirmation__next-heading">{messages.nextStepsHeading}</h3>
        <p className="ms-confirmation__notice">{offline ? messages.offlineNotice : messages.bookedNotice}</p>
      </div>
      {redirectUrl && <ConfirmationRedirect url={redirectUrl} messages={messages} />}
    </section>
  );
}
