import type { CalendarProvider, Member } from '../types';
import { isRecord } from './isRecord';
import { readArray } from './readArray';
import { readBoolean } from './readBoolean';
import { readEnum } from './readEnum';
import { readId } from './readId';
import { readText } from './readText';
import { parseTimeSlots } from './parseTimeSlots';

const CALENDAR_PROVIDERS: readonly CalendarProvider[] = ['GOOGLE', 'OFFICE365', 'EXCHANGE', 'UNKNOWN'];

function parseMember(entry: unknown): Member | undefined {
  if (!isRecord(entry)) return undefined;
  const user = isRecord(entry.meetingsUser) ? entry.meetingsUser : {};
  const id = readId(user.id);
  const userId = readId(user.userId);
  // A member with no id at all cannot be matched to likelyAvailableUserIds or shown: skip it.
  if (id === undefined && userId === undefined) return undefined;
  const profile = isRecord(user.userProfile) ? user.userProfile : {};
  const firstName = readText(profile.firstName);
  const lastName = readText(profile.lastName);
  const joined = [firstName, lastName].filter((part) => part !== undefined).join(' ');
  const member: Member = {
    id: id ?? userId ?? '',
    userId: userId ?? id ?? '',
    isOffline: readBoolean(entry.isOffline) ?? false,
    isSalesStarter: readBoolean(user.isSalesStarter) ?? false,
    calendarProvider: readEnum(user.calendarProvider, CALENDAR_PROVIDERS) ?? 'UNKNOWN',
    busyTimes: parseTimeSlots(entry.busyTimes, 'start', 'end'),
  };
  const email = readText(profile.email);
  if (email !== undefined) member.email = email;
  if (firstName !== undefined) member.firstName = firstName;
  if (lastName !== undefined) member.lastName = lastName;
  const displayName = readText(profile.fullName) ?? (joined === '' ? undefined : joined);
  if (displayName !== undefined) member.displayName = displayName;
  return member;
}

/** The link's members from `allUsersBusyTimes`; entries without any id are dropped. */
export function parseMembers(value: unknown): Member[] {
  const members: Member[] = [];
  for (const entry of readArray(value)) {
    const member = parseMember(entry);
    if (member) members.push(member);
  }
  return members;
}
