// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { attributesToProps } from '../../src/embed/attributesToProps';
import { toEmbedErrorDetail } from '../../src/embed/toEmbedErrorDetail';
import { MeetingsApiError } from '../../src/api/MeetingsApiError';

/** Just enough of an element for attribute reading. */
function elementWith(attributes: Record<string, string>): Element {
  return { getAttribute: (name: string) => attributes[name] ?? null } as unknown as Element;
}

describe('the embed module outside a browser', () => {
  it('imports without a DOM and defines nothing there', async () => {
    const embed = await import('../../src/embed/index');
    expect(embed.defineMeetingSchedulerElement()).toBeUndefined();
  });
});

describe('attributesToProps', () => {
  it('maps the kebab-case attributes to props', () => {
    const props = attributesToProps(
      elementWith({
        slug: ' jdoe ',
        'api-base-url': 'https://proxy.example.com',
        'api-version': '2026-03',
        timezone: 'Asia/Kolkata',
        locale: 'de-DE',
        'color-scheme': 'dark',
        'hour-cycle': '24',
        'redirect-on-booked': '',
      }),
    );
    expect(props).toEqual({
      slug: 'jdoe',
      apiBaseUrl: 'https://proxy.example.com',
      apiVersion: '2026-03',
      timezone: 'Asia/Kolkata',
      locale: 'de-DE',
      colorScheme: 'dark',
      hourCycle: 'h23',
      redirectOnBooked: true,
    });
  });

  it('leaves absent, empty and unknown values to the widget defaults', () => {
    const props = attributesToProps(
      elementWith({ slug: 'x', timezone: '  ', 'color-scheme': 'purple', 'hour-cycle': 'h11', 'redirect-on-booked': 'false' }),
    );
    expect(props).toEqual({
      slug: 'x',
      apiBaseUrl: undefined,
      apiVersion: undefined,
      timezone: undefined,
      locale: undefined,
      colorScheme: undefined,
      hourCycle: undefined,
      redirectOnBooked: false,
    });
  });

  it('accepts h12 and 12 alike', () => {
    expect(attributesToProps(elementWith({ 'hour-cycle': 'h12' })).hourCycle).toBe('h12');
    expect(attributesToProps(elementWith({ 'hour-cycle': '12' })).hourCycle).toBe('h12');
  });
});

describe('toEmbedErrorDetail', () => {
  it('flattens an API error into plain fields', () => {
    const error = new MeetingsApiError({ kind: 'not-found', message: 'No such page', status: 404 });
    expect(toEmbedErrorDetail(error)).toEqual({ kind: 'not-found', message: 'No such page', status: 404, error });
  });

  it('reports anything else as an embed failure', () => {
    const error = new Error('boom');
    expect(toEmbedErrorDetail(error)).toEqual({ kind: 'embed', message: 'boom', error });
    expect(toEmbedErrorDetail('text')).toEqual({ kind: 'embed', message: 'text', error: 'text' });
  });
});
