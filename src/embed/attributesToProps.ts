import type { MeetingSchedulerProps } from '../components/MeetingSchedulerProps';
import type { ColorScheme } from '../model/ColorScheme';
import type { HourCycle } from '../model/HourCycle';

/** The props an element's attributes can set; absent attributes are present as `undefined`. */
export type AttributeProps = Pick<
  MeetingSchedulerProps,
  'slug' | 'apiBaseUrl' | 'apiVersion' | 'timezone' | 'locale' | 'colorScheme' | 'hourCycle' | 'redirectOnBooked'
>;

const colorSchemes: readonly string[] = ['light', 'dark', 'auto'] satisfies ColorScheme[];
const hourCycles: readonly string[] = ['h12', 'h23'] satisfies HourCycle[];

/** Empty or whitespace-only attributes count as absent, so the widget's defaults apply. */
function text(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name)?.trim();
  return value ? value : undefined;
}

/** `'12'`/`'24'` are what people type; the props speak Intl's `h12`/`h23`. */
function hourCycle(value: string | undefined): HourCycle | undefined {
  if (value === '12') return 'h12';
  if (value === '24') return 'h23';
  return value && hourCycles.includes(value) ? (value as HourCycle) : undefined;
}

/**
 * Reads `<meeting-scheduler>`'s attributes into props. Unknown values of the enumerated ones
 * (`color-scheme`, `hour-cycle`) fall back to the default rather than reaching the widget.
 * `redirect-on-booked` is a boolean attribute: present means on, unless it says `"false"`.
 */
export function attributesToProps(element: Element): AttributeProps {
  const colorScheme = text(element, 'color-scheme');
  const redirect = element.getAttribute('redirect-on-booked');
  return {
    slug: text(element, 'slug') ?? '',
    apiBaseUrl: text(element, 'api-base-url'),
    apiVersion: text(element, 'api-version'),
    timezone: text(element, 'timezone'),
    locale: text(element, 'locale'),
    colorScheme: colorScheme && colorSchemes.includes(colorScheme) ? (colorScheme as ColorScheme) : undefined,
    hourCycle: hourCycle(text(element, 'hour-cycle')),
    redirectOnBooked: redirect !== null && redirect.trim().toLowerCase() !== 'false',
  };
}
