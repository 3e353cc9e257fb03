import { useId, useMemo, type MouseEvent } from 'react';
import { createIcsEvent, type IcsEventInput } from '../booking/createIcsEvent';
import { googleCalendarUrl } from '../booking/googleCalendarUrl';
import { outlookCalendarUrl } from '../booking/outlookCalendarUrl';
import type { BookingMessages } from '../i18n/bookingMessages';

/** Props of {@link AddToCalendar}. */
export interface AddToCalendarProps {
  /** The meeting to add. */
  event: Omit<IcsEventInput, 'now'>;
  /** UI strings. */
  messages: BookingMessages;
  /** Name of the downloaded file. */
  fileName?: string;
}

const REVOKE_AFTER_MS = 10_000;

function downloadWithBlob(event: MouseEvent<HTMLAnchorElement>, ics: string): void {
  if (typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  // A Blob URL has no length limit and saves as a real file everywhere; the data: href stays as
  // the fallback (and for copying the link). Swapping the href during the click is enough: the
  // browser reads it after the handlers have run.
  const anchor = event.currentTarget;
  const fallback = anchor.href;
  const objectUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  anchor.href = objectUrl;
  setTimeout(() => {
    anchor.href = fallback;
    URL.revokeObjectURL(objectUrl);
  }, REVOKE_AFTER_MS);
}

/**
 * "Add to calendar": an .ics file for any calendar app, and Google Calendar and Outlook.com
 * links. `event` should be memoized by the caller: the file is rebuilt when it changes.
 */
export function AddToCalendar({ event, messages, fileName = 'meeting.ics' }: AddToCalendarProps) {
  const ics = useMemo(() => createIcsEvent(event), [event]);
  const links = useMemo(() => {
    const input = { start: event.start, end: event.end, title: event.summary, details: event.description, location: event.location };
    return { google: googleCalendarUrl(input), outlook: outlookCalendarUrl(input) };
  }, [event]);
  const dataUrl = `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
  const headingId = useId();
  const newTab = <span className="ms-visually-hidden"> {messages.opensInNewTab}</span>;
  return (
    <section className="ms-add-to-calendar" aria-labelledby={headingId}>
      <h3 id={headingId} className="ms-add-to-calendar__heading">{messages.addToCalendarHeading}</h3>
      <ul className="ms-add-to-calendar__list" role="list">
        <li>
          <a className="ms-booking-button ms-booking-button--secondary" href={dataUrl} download={fileName} onClick={(click) => downloadWithBlob(click, ics)}>
            {messages.downloadIcs}
          </a>
        </li>
        <li>
          <a className="ms-booking-button ms-booking-button--secondary" href={links.google} target="_blank" rel="noopener noreferrer">
            {messages.googleCalendar}
            {newTab}
          </a>
        </li>
        <li>
          <a className="ms-booking-button ms-booking-button--secondary" href={links.outlook} target="_blank" rel="noopener noreferrer">
            {messages.outlookCalendar}
            {newTab}
          </a>
        </li>
      </ul>
    </section>
  );
}
