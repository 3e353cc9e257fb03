import type { BookingInfo, BookingResult } from '../api/types';
import type { IcsEventInput } from './createIcsEvent';
import { organizerMembers } from './organizerMembers';
import { safeHttpUrl } from './safeHttpUrl';

/**
 * The calendar entry for a booking, shared by the .ics file and the Google/Outlook links so they
 * all say the same. `fallbackTitle` names the meeting when the answer has no subject.
 */
export function calendarEventFromBooking(
  result: BookingResult,
  info: BookingInfo,
  fallbackTitle: string,
): Omit<IcsEventInput, 'now'> {
  const joinUrl = safeHttpUrl(result.webConferenceUrl);
  const organizers = organizerMembers(info);
  const names = organizers.map((member) => member.displayName).filter((name): name is string => Boolean(name));
  const description = [names.length > 0 ? names.join(', ') : undefined, joinUrl].filter(Boolean).join('\n');
  const first = organizers.length === 1 ? organizers[0] : undefined;
  return {
    // The calendar event's own id when there is one, so a re-import updates the same entry.
    uid: `${result.calendarEventId || `${result.contactId || 'booking'}-${result.start}`}@meeting-scheduler`,
    start: result.start,
    end: result.end,
    summary: result.subject || fallbackTitle,
    description: description || undefined,
    location: result.location || joinUrl || info.location,
    url: joinUrl,
    organizer: first?.email ? { name: first.displayName, email: first.email } : undefined,
  };
}
