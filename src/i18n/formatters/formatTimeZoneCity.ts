/** The city of a zone id, for people: 'America/Port_of_Spain' → 'Port of Spain'; '' for 'UTC'. */
export function formatTimeZoneCity(timeZone: string): string {
  const slash = timeZone.lastIndexOf('/');
  return slash < 0 ? '' : timeZone.slice(slash + 1).replace(/_/g, ' ');
}
