import type { PluralForms, PluralMessage } from './plural';

/** A count message that also has a text for an unknown count (e.g. no `Retry-After`). */
export interface OptionalPluralMessage {
  (count: number | undefined): string;
  readonly locale: string;
  readonly forms: PluralForms;
}

/** `withoutCount` when the count is unknown, else the plural message; keeps its forms for tests. */
export function optionalPlural(withoutCount: string, withCount: PluralMessage): OptionalPluralMessage {
  const message = (count: number | undefined): string => (count === undefined ? withoutCount : withCount(count));
  return Object.assign(message, { locale: withCount.locale, forms: withCount.forms });
}
