import type { CalendarLinkInput } from './googleCalendarUrl';

/** An Outlook.com "new event" link pre-filled with the meeting (ISO 8601 UTC times). */
export function outlookCalendarUrl({ start, end, title, details, location }: CalendarLinkInput): string {
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const query = [
    `subject=${encodeURIComponent(title)}`,
    `startdt=${encodeURIComponent(iso(start))}`,
    `enddt=${encodeURIComponent(iso(end))}`,
    `body=${encodeURIComponent(details ?? '')}`,
    `location=${encodeURIComponent(location ?? '')}`,
  ];
  return `https://outlook.live.com/calendar/0/action/compose?${query.join('&')}`;
}
