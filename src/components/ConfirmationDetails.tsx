import type { ReactNode } from 'react';
import type { BookingInfo, BookingResult } from '../api/types';
import { organizerMembers } from '../booking/organizerMembers';
import { formatFullDate } from '../i18n/formatters/formatFullDate';
import { formatList } from '../i18n/formatters/formatList';
import { formatSlotTimeRange } from '../i18n/formatters/formatSlotTimeRange';
import { formatTimeZoneName } from '../i18n/formatters/formatTimeZoneName';
import type { Messages } from '../i18n/Messages';
import { toDateKey } from '../scheduling/toDateKey';
import type { HourCycle } from '../model/HourCycle';

/** Props of {@link ConfirmationDetails}. */
export interface ConfirmationDetailsProps {
  /** The parsed answer of the book call. */
  result: BookingResult;
  /** The link's booking info. */
  info: BookingInfo;
  /** IANA zone the visitor sees times in. */
  timezone: string;
  /** BCP 47 locale for dates and times. */
  locale: string;
  /** 12- or 24-hour clock. */
  hourCycle: HourCycle;
  /** UI strings. */
  messages: Messages;
}

/**
 * The booked meeting as a description list: when (in the visitor's zone, named), how long, what,
 * where, who with (the join link is a button of its own, see Confirmation). Parts the answer lacks are left out, not shown empty.
 */
export function ConfirmationDetails({ result, info, timezone, locale, hourCycle, messages }: ConfirmationDetailsProps) {
  const organizers = organizerMembers(info)
    .map((member) => member.displayName)
    .filter((name): name is string => Boolean(name));
  const duration = result.duration > 0 ? result.duration : result.end - result.start;
  const rows: Array<[string, ReactNode]> = [
    [messages.confirmationDateLabel, formatFullDate(toDateKey(result.start, timezone), locale)],
    [messages.confirmationTimeLabel, formatSlotTimeRange(result.start, result.end, { timezone, locale, hourCycle })],
    [messages.confirmationTimeZoneLabel, formatTimeZoneName(timezone, locale, result.start)],
    [messages.confirmationDurationLabel, <bdi>{messages.durationLabel(duration)}</bdi>],
  ];
  if (result.subject) rows.push([messages.confirmationSubjectLabel, result.subject]);
  const location = result.location || info.location;
  if (location) rows.push([messages.confirmationLocationLabel, location]);
  // The join link is the confirmation's own button; here it would only repeat the location.
  if (organizers.length > 0) rows.push([messages.confirmationOrganizerLabel, formatList(organizers, locale)]);
  if (result.guestEmails.length > 0) {
    rows.push([
      messages.confirmationGuestsLabel,
      <ul className="ms-confirmation__guests" role="list">
        {result.guestEmails.map((guest) => (
          <li key={guest}>{guest}</li>
        ))}
      </ul>,
    ]);
  }
  return (
    <dl className="ms-confirmation__details">
      {rows.map(([term, detail]) => (
        <div key={term} className="ms-confirmation__row">
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
