type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A read answer without what the widget never shows: each member's email and calendar details,
 * and their busy ranges (the proxy fills the book call's `likelyAvailableUserIds` from its own
 * copy instead). Ids, names and offline flags stay: the widget names a group's members.
 */
export function stripOrganizerData(body: Json): Json {
  if (!Array.isArray(body.allUsersBusyTimes)) return body;
  return {
    ...body,
    allUsersBusyTimes: body.allUsersBusyTimes.map((entry) => {
      if (!isRecord(entry)) return entry;
      const user = isRecord(entry.meetingsUser) ? entry.meetingsUser : {};
      const profile = isRecord(user.userProfile) ? user.userProfile : {};
      const { email: _email, ...publicProfile } = profile;
      return {
        isOffline: entry.isOffline,
        busyTimes: [],
        meetingsUser: { id: user.id, userId: user.userId, userProfile: publicProfile },
      };
    }),
  };
}

/**
 * User ids of the members with no busy range overlapping `slot`, from an unstripped answer: what
 * the widget would have computed itself (`availableMemberIds`) had it seen the busy ranges.
 */
export function freeMemberIds(body: Json, slot: { start: number; end: number }): string[] | undefined {
  if (!Array.isArray(body.allUsersBusyTimes)) return undefined;
  const ids: string[] = [];
  for (const entry of body.allUsersBusyTimes) {
    if (!isRecord(entry)) continue;
    const user = isRecord(entry.meetingsUser) ? entry.meetingsUser : {};
    const id = user.userId ?? user.id;
    if (typeof id !== 'string' && typeof id !== 'number') continue;
    const busy = Array.isArray(entry.busyTimes) ? entry.busyTimes : [];
    if (!busy.some((range) => isRecord(range) && Number(range.start) < slot.end && Number(range.end) > slot.start)) ids.push(String(id));
  }
  return ids;
}
