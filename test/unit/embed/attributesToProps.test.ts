import { describe, expect, it } from 'vitest';
import { attributesToProps } from '../../../src/embed/attributesToProps';
import { elementAttributes } from '../../../src/embed/elementAttributes';

function element(attributes: Record<string, string>): Element {
  const host = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  return host;
}

describe('attributesToProps', () => {
  it('reads every attribute into its prop', () => {
    expect(
      attributesToProps(
        element({
          slug: 'round-robin',
          'api-base-url': 'https://proxy.example.com/api',
          'api-version': '2026-03',
          timezone: 'Asia/Tokyo',
          locale: 'fr-FR',
          'color-scheme': 'dark',
          'hour-cycle': '24',
          'redirect-on-booked': '',
        }),
      ),
    ).toEqual({
      slug: 'round-robin',
      apiBaseUrl: 'https://proxy.example.com/api',
      apiVersion: '2026-03',
      timezone: 'Asia/Tokyo',
      locale: 'fr-FR',
      colorScheme: 'dark',
      hourCycle: 'h23',
      redirectOnBooked: true,
    });
  });

  it('leaves absent, empty and blank attributes undefined so the widget defaults apply', () => {
    expect(attributesToProps(element({ slug: '  menelson ', locale: '   ', timezone: '' }))).toEqual({
      slug: 'menelson',
      apiBaseUrl: undefined,
      apiVersion: undefined,
      timezone: undefined,
      locale: undefined,
      colorScheme: undefined,
      hourCycle: undefined,
      redirectOnBooked: false,
    });
    expect(attributesToProps(element({})).slug).toBe('');
  });

  it('accepts 12/24 and h12/h23 for hour-cycle, and drops unknown enumerated values', () => {
    expect(attributesToProps(element({ 'hour-cycle': '12' })).hourCycle).toBe('h12');
    expect(attributesToProps(element({ 'hour-cycle': 'h23' })).hourCycle).toBe('h23');
    expect(attributesToProps(element({ 'hour-cycle': 'h11' })).hourCycle).toBeUndefined();
    expect(attributesToProps(element({ 'color-scheme': 'auto' })).colorScheme).toBe('auto');
    expect(attributesToProps(element({ 'color-scheme': 'sepia' })).colorScheme).toBeUndefined();
  });

  it('treats redirect-on-booked as a boolean attribute, off only when absent or "false"', () => {
    expect(attributesToProps(element({ 'redirect-on-booked': 'redirect-on-booked' })).redirectOnBooked).toBe(true);
    expect(attributesToProps(element({ 'redirect-on-booked': ' FALSE ' })).redirectOnBooked).toBe(false);
    expect(attributesToProps(element({})).redirectOnBooked).toBe(false);
  });

  it('observes exactly the attributes it reads', () => {
    const read = new Set<string>();
    const spy = document.createElement('div');
    spy.getAttribute = (name: string) => {
      read.add(name);
      return null;
    };
    attributesToProps(spy);
    expect([...read].sort()).toEqual([...elementAttributes].sort());
  });
});
