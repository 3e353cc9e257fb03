// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveLocale } from '../../../src/i18n/resolveLocale';

describe('resolveLocale', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps a supported tag, canonicalised', () => {
    expect(resolveLocale('de-DE')).toBe('de-DE');
    expect(resolveLocale('en-gb')).toBe('en-GB');
    expect(resolveLocale('en_US')).toBe('en-US');
    expect(resolveLocale(' fr ')).toBe('fr');
  });

  it('falls back to the browser language for a malformed or unsupported tag', () => {
    vi.stubGlobal('navigator', { language: 'pt-BR' });
    expect(resolveLocale('not a locale!')).toBe('pt-BR');
    expect(resolveLocale('')).toBe('pt-BR');
    expect(resolveLocale()).toBe('pt-BR');
  });

  it('falls back to en-US without a usable browser language', () => {
    vi.stubGlobal('navigator', { language: '???' });
    expect(resolveLocale('x')).toBe('en-US');
    vi.stubGlobal('navigator', undefined);
    expect(resolveLocale()).toBe('en-US');
  });
});
