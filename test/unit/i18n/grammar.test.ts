// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { alignCatalogDigits } from '../../../src/i18n/formatters/catalogDigits';
import { formatDuration } from '../../../src/i18n/formatters/formatDuration';
import { formatList } from '../../../src/i18n/formatters/formatList';
import { formatNumber } from '../../../src/i18n/formatters/formatNumber';
import { formatWeekdayHeaders } from '../../../src/i18n/formatters/formatWeekdayHeaders';
import { optionalPlural } from '../../../src/i18n/grammar/optionalPlural';
import { plural } from '../../../src/i18n/grammar/plural';

describe('plural', () => {
  const guests = plural('ru', { one: '# гость', few: '# гостя', many: '# гостей', other: '# гостя' });

  it("picks the form of the locale's category for the count", () => {
    expect([1, 2, 5, 11, 21, 22, 25].map(guests)).toEqual(['1 гость', '2 гостя', '5 гостей', '11 гостей', '21 гость', '22 гостя', '25 гостей']);
    const arabic = plural('ar', { zero: 'z', one: 'o', two: 't', few: 'f#', many: 'm#', other: 'x#' });
    expect([0, 1, 2, 3, 11, 100].map(arabic)).toEqual(['z', 'o', 't', 'f3', 'm11', 'x100']);
  });

  it('writes the count in the locale digits and keeps its forms for the completeness test', () => {
    expect(plural('fa', { one: '# مهمان', other: '# مهمان' })(3)).toBe('۳ مهمان');
    expect(guests.forms.many).toBe('# гостей');
    expect(guests.locale).toBe('ru');
  });

  it('falls back to other for a missing category; optionalPlural covers an unknown count', () => {
    expect(plural('pl', { other: '# x' })(2)).toBe('2 x');
    const wait = optionalPlural('a moment', plural('en', { one: '# second', other: '# seconds' }));
    expect([wait(undefined), wait(1), wait(30)]).toEqual(['a moment', '1 second', '30 seconds']);
    expect(wait.forms.one).toBe('# second');
  });
});

describe('Intl formatters of catalogs', () => {
  afterEach(() => alignCatalogDigits('ar', 'ar'));

  it('durations in the locale units, lists in the locale joiners', () => {
    expect(formatDuration(30 * 60_000, 'de')).toMatch(/^30\sMin\.$/);
    expect(formatDuration(90 * 60_000, 'de')).toMatch(/^1\sStd\.,\s30\sMin\.$/);
    expect(formatDuration(-1, 'de')).toBe('');
    expect(formatList(['Ada', 'Grace', 'Linus'], 'de', 'disjunction')).toBe('Ada, Grace oder Linus');
    expect(formatList(['Ada', 'Grace'], 'ja')).toBe('Ada、Grace');
  });

  it("writes a catalog's numbers in the widget locale's digits", () => {
    expect(formatNumber(30, 'ar')).toBe('30');
    alignCatalogDigits('ar', 'ar-EG');
    expect(formatNumber(30, 'ar')).toBe('٣٠');
    expect(formatDuration(30 * 60_000, 'ar')).toContain('٣٠');
    alignCatalogDigits('ar', 'ar-SA');
    expect(formatNumber(30, 'ar')).toBe(new Intl.NumberFormat('ar-SA').format(30));
    alignCatalogDigits('ar', 'ar');
    expect(formatNumber(30, 'ar')).toBe('30');
  });
});

describe('formatWeekdayHeaders', () => {
  it("keeps Intl's short names where they are short", () => {
    expect(formatWeekdayHeaders('de')).toEqual(['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa']);
    expect(formatWeekdayHeaders('en-US')[1]).toBe('Mon');
  });

  it('uses the narrow names for long ones when no two are alike, else cuts the short ones', () => {
    expect(formatWeekdayHeaders('ar')).toEqual(['ح', 'ن', 'ث', 'ر', 'خ', 'ج', 'س']);
    expect(new Set(formatWeekdayHeaders('he')).size).toBe(7);
    expect(formatWeekdayHeaders('pt-PT')).toEqual(['dom', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb']);
    for (const locale of ['ar', 'fa', 'he', 'th', 'vi', 'pt-PT', 'lv', 'pl', 'da']) {
      expect(Math.max(...formatWeekdayHeaders(locale).map((name) => [...name].length)), locale).toBeLessThanOrEqual(4);
    }
  });
});
