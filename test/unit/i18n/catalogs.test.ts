// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalogLocales } from '../../../src/i18n/catalogLocales';
import type { PluralForms } from '../../../src/i18n/grammar/plural';
import { defaultMessages, type Messages } from '../../../src/i18n/Messages';
import { catalogSamples, messageTexts } from './catalogSamples';

const modules = import.meta.glob<{ default: Messages }>('../../../src/i18n/catalogs/*.ts', { eager: true });
const catalogs = Object.entries(modules).map(([path, module]) => ({
  locale: path.replace(/^.*\/(.+)\.ts$/, '$1'),
  messages: module.default,
}));
const translated = catalogs.filter(({ locale }) => !locale.startsWith('en'));
const keys = Object.keys(defaultMessages).sort() as Array<keyof Messages>;

/** Messages built from counts: each must be a `plural(...)` of the catalog's own locale. */
const countKeys = ['dayLabel', 'timeZoneMatches', 'guestsHint', 'errorTooManyGuests', 'errorSummaryHeading', 'failureRateLimited'] as const;

/**
 * Keys whose text may equal the English one: brand names, and texts that are only Intl output or
 * symbols in many languages. Per locale, words that are the same in that language.
 */
const sameAsEnglish = new Set<keyof Messages>([
  'outlookCalendar', 'googleCalendar', 'hourCycle12', 'hourCycle24', 'labelSeparator', 'timeZoneOption',
  'timeZoneButton',
  'monthLabel', 'slotsLabel', 'durationLabel', 'emailLabel',
]);
const sameAsEnglishIn: Record<string, Array<keyof Messages>> = {};

describe('message catalogs', () => {
  it('lists every catalog file as a shipped locale', () => {
    const listed: readonly string[] = catalogLocales;
    expect(catalogs.map(({ locale }) => locale).filter((locale) => !listed.includes(locale))).toEqual([]);
  });

  it('ships a catalog for every listed locale (English is built in)', () => {
    const files = new Set(catalogs.map(({ locale }) => locale).concat('en'));
    expect(catalogLocales.filter((locale) => !files.has(locale))).toEqual([]);
    expect(catalogLocales.length).toBeGreaterThanOrEqual(43);
  });

  it.each(catalogs)('$locale has every key of Messages, each of the right kind', ({ messages }) => {
    expect(Object.keys(messages).sort()).toEqual(keys);
    for (const key of keys) expect([key, typeof messages[key]]).toEqual([key, typeof defaultMessages[key]]);
  });

  it.each(catalogs)('$locale gives a non-empty text for every sample', ({ messages }) => {
    for (const key of keys) {
      for (const text of messageTexts(messages, key)) {
        expect(typeof text, key).toBe('string');
        expect(text.trim().length > 0 || key === 'labelSeparator', key).toBe(true);
      }
    }
  });

  // en-XA is derived from English by a transform, so it has no plural forms of its own.
  it.each([...translated, ...catalogs.filter(({ locale }) => locale === 'en-GB'), { locale: 'en', messages: defaultMessages }])(
    "$locale writes every count message with its locale's plural categories",
    ({ locale, messages }) => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of countKeys) {
        const message = messages[key] as unknown as { locale?: string; forms?: PluralForms };
        expect(message.forms, `${key} is not built with plural()`).toBeDefined();
        expect(message.locale, key).toBe(locale);
        expect(Object.keys(message.forms ?? {}).sort(), key).toEqual([...categories].sort());
      }
    },
  );

  it.each(translated)('$locale repeats no English text that needs translating', ({ locale, messages }) => {
    const allowed = new Set([...sameAsEnglish, ...(sameAsEnglishIn[locale] ?? [])]);
    const repeated = keys.filter((key) => {
      if (allowed.has(key)) return false;
      const english = messageTexts(defaultMessages, key);
      return messageTexts(messages, key).some((text, index) => text === english[index]);
    });
    expect(repeated).toEqual([]);
  });

  // The list names zones as people say them ('Eastern Time - New York'): a catalog that showed
  // the id ('America/New York') would hide the name Intl gives in the visitor's own language.
  // en-XA accents the arguments too; it follows English by construction.
  const withZoneNames = [...catalogs.filter(({ locale }) => locale !== 'en-XA'), { locale: 'en', messages: defaultMessages }];
  it.each(withZoneNames)('$locale names a zone option by its friendly name and city when it has them', ({ messages }) => {
    const text = messages.timeZoneOption('America/New_York', 'GMT-5', { zone: 'Hora del Este', city: 'New York' });
    expect(text).toContain('Hora del Este');
    expect(text).toContain('New York');
    expect(text).toContain('GMT-5');
    expect(text).not.toContain('America');
    // A name that already says the city is not repeated with it.
    expect(messages.timeZoneOption('Asia/Tokyo', 'GMT+9', { zone: 'Tokyo Time', city: 'Tokyo' }).match(/Tokyo/g)).toHaveLength(1);
  });

  // English counts the fields to fix ('2 fields need attention'), not 'problems': the summary lists
  // fields. Spot checks that translations say the same, in each language's word for a field.
  it.each([
    ['de', 'Felder'],
    ['fr', 'champs'],
    ['es', 'campos'],
    ['pt-BR', 'campos'],
    ['nl', 'velden'],
    ['pl', 'pola'],
    ['ru', 'поля'],
    ['ja', '項目'],
    ['zh-CN', '字段'],
  ])('%s counts the fields that need attention in the error summary heading', (locale, field) => {
    const catalog = catalogs.find((entry) => entry.locale === locale);
    expect(catalog?.messages.errorSummaryHeading(2)).toContain(field);
  });

  it('has sample arguments for every function message', () => {
    const functions = keys.filter((key) => typeof defaultMessages[key] === 'function');
    expect(functions.filter((key) => !(key in catalogSamples))).toEqual([]);
  });
});
