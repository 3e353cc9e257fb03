/** The friendly names `timeZoneOption` receives when the engine has them. */
export interface TimeZoneFriendlyName {
  /** 'Eastern Time', in the widget's locale (Intl). */
  zone: string;
  /** 'New York', from the zone id. */
  city: string;
}

/**
 * A time zone option's text, shared by the catalogs: the friendly name and the city when the
 * name does not already say it ('Eastern Time - New York (GMT-05:00)', 'India Standard Time -
 * Kolkata (GMT+05:30)'), else the zone id read as words ('America/New York (GMT-05:00)').
 * `wrap` isolates each part in right-to-left catalogs.
 */
export function timeZoneOptionText(
  timeZone: string,
  offset: string,
  name: TimeZoneFriendlyName | undefined,
  wrap: (text: string) => string = (text) => text,
): string {
  if (!name) return `${wrap(timeZone.replace(/_/g, ' '))} (${wrap(offset)})`;
  const place = name.city && !name.zone.includes(name.city) ? `${wrap(name.zone)} - ${wrap(name.city)}` : wrap(name.zone);
  return `${place} (${wrap(offset)})`;
}
