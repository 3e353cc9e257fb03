import { formatFullDate } from '../formatters/formatFullDate';
import type { PluralForms, PluralMessage } from './plural';

/** The words a catalog gives for a calendar day's name; the date itself is Intl's. */
export interface DayLabelTexts {
  /** How many times the day has: a `plural(...)` of the catalog's locale ('3 times available'). */
  count: PluralMessage;
  /** A day without times ('no availability'). */
  none: string;
  /** The day whose times are listed ('selected'). */
  selected: string;
  /**
   * Between the parts.
   * @defaultValue `', '`
   */
  separator?: string;
}

/** Context of a day's name (see `DayLabelContext` in browseMessages). */
interface DayContext {
  available: boolean;
  loading: boolean;
  locale: string;
  selected?: boolean;
  slotCount?: number;
}

/** A `dayLabel` message that keeps its count's plural forms, for the catalog tests. */
export interface DayLabelMessage {
  (date: string, context: DayContext): string;
  readonly locale: string;
  readonly forms: PluralForms;
}

/**
 * `dayLabel` from a catalog's words: "Friday, October 10, 2025, 3 times available, selected".
 * Today is left out: `aria-current="date"` says it, and saying it here too would read it twice.
 */
export function dayLabel(texts: DayLabelTexts): DayLabelMessage {
  const message = (date: string, { available, loading, locale, selected, slotCount }: DayContext): string => {
    const parts = [formatFullDate(date, locale)];
    if (available && slotCount) parts.push(texts.count(slotCount));
    else if (!available && !loading) parts.push(texts.none);
    if (selected) parts.push(texts.selected);
    return parts.join(texts.separator ?? ', ');
  };
  return Object.assign(message, { locale: texts.count.locale, forms: texts.count.forms });
}
