import { formatIcsUtc } from './formatIcsUtc';

/** What a calendar link pre-fills. */
export interface CalendarLinkInput {
  /** Epoch ms UTC. */
  start: number;
  /** Epoch ms UTC. */
  end: number;
  /** The event title. */
  title: string;
  /**
   * Free text under the title.
   * @defaultValue empty
   */
  details?: string;
  /**
   * Where it happens.
   * @defaultValue empty
   */
  location?: string;
}

/** A Google Calendar "create event" link pre-filled with the meeting (times in UTC). */
export function googleCalendarUrl({ start, end, title, details, location }: CalendarLinkInput): string {
  const query = [
    'action=TEMPLATE',
    `text=${encodeURIComponent(title)}`,
    // The slash between the two times is part of Google's format; it stays literal.
    `dates=${formatIcsUtc(start)}/${formatIcsUtc(end)}`,
    `details=${encodeURIComponent(details ?? '')}`,
    `location=${encodeURIComponent(location ?? '')}`,
  ];
  return `https://calendar.google.com/calendar/render?${query.join('&')}`;
}
