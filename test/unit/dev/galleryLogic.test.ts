// @vitest-environment node
// The gallery's pure logic (hash state, sidebar rows, search, payload copies): unit tests, no browser.
import { describe, expect, it } from 'vitest';
import { buildGalleryEntries } from '../../../src/dev/buildGalleryEntries';
import { filterGalleryEntries } from '../../../src/dev/filterGalleryEntries';
import { formatEmbedSnippet } from '../../../src/dev/formatEmbedSnippet';
import { formatGalleryHash } from '../../../src/dev/formatGalleryHash';
import { defaultGalleryState, type GalleryState } from '../../../src/dev/GalleryState';
import { parseGalleryHash } from '../../../src/dev/parseGalleryHash';
import { textDirection } from '../../../src/dev/textDirection';
import { toLoggablePayload } from '../../../src/dev/toLoggablePayload';
import { isValidTimeZone } from '../../../src/scheduling/isValidTimeZone';

const options = { scenarioIds: ['menelson', 'web-conference', 'round-robin', 'slot-taken'], fallbackScenario: 'web-conference', isValidTimeZone };

describe('parseGalleryHash', () => {
  it('reads the scenario and every control', () => {
    const state = parseGalleryHash(
      '#scenario=round-robin&tz=Asia/Kolkata&locale=ar-EG&hour=24&scheme=dark&width=320&latency=2000&prefill=locked-email&tab=script-tag',
      options,
    );
    expect(state).toEqual<GalleryState>({
      scenario: 'round-robin',
      timezone: 'Asia/Kolkata',
      locale: 'ar-EG',
      hourCycle: '24',
      colorScheme: 'dark',
      width: '320',
      latency: '2000',
      prefill: 'locked-email',
      tab: 'script-tag',
    });
  });

  it('falls back per key on invalid values and keeps the valid ones', () => {
    const state = parseGalleryHash('#scenario=nope&tz=Mars/Olympus&width=321&locale=xx&hour=13&prefill=all', options);
    expect(state).toEqual(defaultGalleryState);
    expect(parseGalleryHash('#scenario=slot-taken&tz=Nowhere&width=480', options)).toEqual({
      ...defaultGalleryState,
      scenario: 'slot-taken',
      width: '480',
    });
  });

  it('survives empty, garbled and half-escaped hashes', () => {
    for (const hash of ['', '#', '#&&', '#=x', '#scenario', '#scenario=%E0%A4%A&width=768', '#%%%']) {
      const state = parseGalleryHash(hash, options);
      expect(state.scenario).toBe('web-conference');
      expect(state.width).toBe(hash.includes('width=768') ? '768' : 'full');
    }
  });

  it('keeps "+" in zones such as Etc/GMT+5, which URLSearchParams would turn into a space', () => {
    const hash = formatGalleryHash({ ...defaultGalleryState, timezone: 'Etc/GMT+5' });
    expect(hash).toBe('#scenario=web-conference&tz=Etc/GMT%2B5');
    expect(parseGalleryHash(hash, options).timezone).toBe('Etc/GMT+5');
  });

  it('uses the given fallback scenario', () => {
    expect(parseGalleryHash('#scenario=gone', { ...options, fallbackScenario: 'round-robin' }).scenario).toBe(
      'round-robin',
    );
  });
});

describe('formatGalleryHash', () => {
  it('writes only what differs from the defaults, with readable zones', () => {
    expect(formatGalleryHash({ ...defaultGalleryState, timezone: 'Asia/Kolkata', width: '320' })).toBe(
      '#scenario=web-conference&tz=Asia/Kolkata&width=320',
    );
    expect(formatGalleryHash(defaultGalleryState)).toBe('#scenario=web-conference');
  });

  it('round-trips every state', () => {
    const state: GalleryState = {
      scenario: 'slot-taken',
      timezone: 'America/Argentina/Buenos_Aires',
      locale: 'ja-JP',
      hourCycle: '12',
      colorScheme: 'light',
      width: '768',
      latency: '300',
      prefill: 'sample',
      tab: 'script-tag',
    };
    expect(parseGalleryHash(formatGalleryHash(state), options)).toEqual(state);
  });
});

describe('buildGalleryEntries', () => {
  const scenarios = {
    b: { id: 'b', title: 'B', group: 'Availability', description: 'b' },
    a: { id: 'a', title: 'A', group: 'Link types', description: 'a' },
    z: { id: 'z', title: 'Z', group: 'Odd group', description: 'z' },
    c: { id: 'c', title: 'C', group: 'Link types', description: 'c' },
  };
  const variants = { boom: { id: 'boom', title: 'Boom', description: 'fails', baseScenario: 'a' } };

  it('orders by group, keeps declaration order inside a group, and closes with the failures', () => {
    const entries = buildGalleryEntries(scenarios, variants);
    expect(entries.map((entry) => `${entry.group}/${entry.id}`)).toEqual([
      'Link types/a',
      'Link types/c',
      'Availability/b',
      'Odd group/z',
      'Failures/boom',
    ]);
  });

  it('renders a failure variant with its base scenario’s slug', () => {
    const boom = buildGalleryEntries(scenarios, variants).find((entry) => entry.id === 'boom');
    expect(boom).toMatchObject({ kind: 'failure', slug: 'a', title: 'Boom' });
  });
});

describe('filterGalleryEntries', () => {
  const entries = buildGalleryEntries(
    {
      rr: { id: 'round-robin', title: 'Round robin', group: 'Link types', description: 'Three members' },
      cf: { id: 'custom-fields', title: 'Custom fields', group: 'Forms & consent', description: 'Every field type' },
    },
    { st: { id: 'slot-taken', title: 'Slot taken at booking', description: 'Someone was faster', baseScenario: 'x' } },
  );
  const ids = (query: string) => filterGalleryEntries(entries, query).map((entry) => entry.id);

  it('matches every word anywhere, case-insensitively', () => {
    expect(ids('ROBIN round')).toEqual(['round-robin']);
    expect(ids('failures')).toEqual(['slot-taken']);
    expect(ids('field')).toEqual(['custom-fields']);
    expect(ids('   ')).toEqual(['round-robin', 'custom-fields', 'slot-taken']);
    expect(ids('robin fields')).toEqual([]);
  });
});

describe('toLoggablePayload', () => {
  it('keeps an error’s message and own fields, and never throws on cycles or functions', () => {
    const error = Object.assign(new Error('Nope'), { kind: 'conflict', status: 409 });
    const cyclic: Record<string, unknown> = { fn: () => 1, count: 2n };
    cyclic.self = cyclic;
    expect(toLoggablePayload(error)).toEqual({ name: 'Error', message: 'Nope', kind: 'conflict', status: 409 });
    expect(toLoggablePayload(cyclic)).toEqual({ fn: '[function]', count: '2', self: '[circular]' });
    expect(JSON.stringify(toLoggablePayload([1, { a: undefined, b: null }]))).toBe('[1,{"b":null}]');
  });
});

describe('formatEmbedSnippet and textDirection', () => {
  it('writes the host page snippet with escaped attributes, leaving unset ones out', () => {
    expect(formatEmbedSnippet('x.js', { slug: 'a"b', timezone: undefined, locale: 'de-DE' })).toBe(
      '<script src="x.js" defer></script>\n<meeting-scheduler slug="a&quot;b" locale="de-DE"></meeting-scheduler>',
    );
  });

  it('lays Arabic out right to left', () => {
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('en-GB')).toBe('ltr');
  });
});
