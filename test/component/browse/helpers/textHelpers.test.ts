// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initials } from '../../../../src/components/helpers/initials';
import { textDirection } from '../../../../src/components/helpers/textDirection';

describe('textDirection', () => {
  it.each([
    ['en-US', 'ltr'],
    ['de-DE', 'ltr'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['not a locale!', 'ltr'],
  ])('%s reads %s', (locale, direction) => {
    expect(textDirection(locale)).toBe(direction);
  });
});

describe('initials', () => {
  it.each([
    ['John Doe', 'JD'],
    ['  ana  maria   lopez ', 'AL'],
    ['Cher', 'C'],
    ['', '?'],
    [undefined, '?'],
    ['émile zola', 'ÉZ'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
