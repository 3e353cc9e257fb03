import { formatNumber } from '../formatters/formatNumber';

/** Texts by plural category; `#` stands for the count, written in the locale's digits. */
export type PluralForms = {
  /** The form every locale has, and the fallback of a missing category. */
  other: string;
} & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A count message built by {@link plural}; carries its forms so tests can check them. */
export interface PluralMessage {
  (count: number): string;
  /** The locale whose plural rules pick the form. */
  readonly locale: string;
  /** The texts by category, as given. */
  readonly forms: PluralForms;
}

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let value = rules.get(locale);
  if (!value) {
    value = new Intl.PluralRules(locale);
    rules.set(locale, value);
  }
  return value;
}

/**
 * A message of a count, by the locale's `Intl.PluralRules` category ('one', 'few', 'many'…),
 * so Arabic gets its six forms and Russian its four without any English `count === 1` test.
 * A category without a text falls back to `other` (the completeness test forbids that in catalogs).
 *
 * @example
 * plural('ru', { one: '# гость', few: '# гостя', many: '# гостей', other: '# гостя' })(5) // '5 гостей'
 */
export function plural(locale: string, forms: PluralForms): PluralMessage {
  const message = (count: number): string => {
    const text = forms[pluralRules(locale).select(count)] ?? forms.other;
    return text.includes('#') ? text.replace(/#/g, formatNumber(count, locale)) : text;
  };
  return Object.assign(message, { locale, forms });
}
