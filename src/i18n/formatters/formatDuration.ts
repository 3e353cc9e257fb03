interface DurationFormatLike {
  format(duration: { hours?: number; minutes?: number }): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: 'short' }) => DurationFormatLike;

import { withCatalogDigits } from './catalogDigits';

const cache = new Map<string, (hours: number, minutes: number) => string>();

function create(locale: string): (hours: number, minutes: number) => string {
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) {
    const format = new DurationFormat(locale, { style: 'short' });
    return (hours, minutes) => format.format(hours === 0 ? { minutes } : minutes === 0 ? { hours } : { hours, minutes });
  }
  // Engines without Intl.DurationFormat (Node 20, Safari < 16.4): unit numbers joined as a unit list.
  const unit = (name: 'hour' | 'minute') => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' });
  const hour = unit('hour');
  const minute = unit('minute');
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  return (hours, minutes) => {
    if (hours === 0) return minute.format(minutes);
    return minutes === 0 ? hour.format(hours) : list.format([hour.format(hours), minute.format(minutes)]);
  };
}

/**
 * A meeting length in a locale's own short units: '30 Min.', '1 Std., 30 Min.' (de), '1 時間 30 分'
 * (ja), through `Intl.DurationFormat` where the engine has it, else `Intl.NumberFormat` units.
 * Rounded to whole minutes; '' for a value that is not a length, like `formatDurationLabel`.
 */
export function formatDuration(ms: number, catalogLocale: string): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  const locale = withCatalogDigits(catalogLocale);
  const total = Math.round(ms / 60_000);
  let format = cache.get(locale);
  if (!format) {
    format = create(locale);
    cache.set(locale, format);
  }
  return format(Math.floor(total / 60), total % 60);
}
