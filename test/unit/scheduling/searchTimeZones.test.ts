// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listTimeZones } from '../../../src/scheduling/listTimeZones';
import { searchTimeZones } from '../../../src/scheduling/searchTimeZones';

const zones = listTimeZones();
const JAN = Date.parse('2025-01-15T12:00:00Z');
const JUL = Date.parse('2025-07-15T12:00:00Z');

describe('searchTimeZones', () => {
  it('returns every zone for an empty query', () => {
    expect(searchTimeZones('  ', zones, JAN)).toEqual(zones);
  });

  it('finds cities written with spaces, underscores, any case or without accents', () => {
    expect(searchTimeZones('new york', zones, JAN)[0]).toBe('America/New_York');
    expect(searchTimeZones('New_York', zones, JAN)[0]).toBe('America/New_York');
    expect(searchTimeZones('NEW YO', zones, JAN)[0]).toBe('America/New_York');
    expect(searchTimeZones('são paulo', zones, JAN)).toEqual(['America/Sao_Paulo']);
    expect(searchTimeZones('kolk', zones, JAN)).toEqual(['Asia/Kolkata']);
  });

  it('ranks a city prefix, then a word prefix, then a substring, else keeps the input order', () => {
    const list = ['America/New_York', 'Europe/Yorkshire_Moors', 'Asia/Newyorkish', 'Africa/York'];
    expect(searchTimeZones('york', list, JAN)).toEqual(['Europe/Yorkshire_Moors', 'Africa/York', 'America/New_York', 'Asia/Newyorkish']);
    expect(searchTimeZones('indiana', zones, JAN)).toContain('America/Indiana/Indianapolis');
  });

  it('matches offsets at the given instant', () => {
    const half = searchTimeZones('+5:30', zones, JAN);
    expect(half).toContain('Asia/Kolkata');
    expect(half).not.toContain('Asia/Kathmandu');
    expect(searchTimeZones('GMT+05:45', zones, JAN)).toContain('Asia/Kathmandu');
    expect(searchTimeZones('+0545', zones, JAN)).toContain('Asia/Kathmandu');
    expect(searchTimeZones('utc-5', zones, JAN)).toContain('America/New_York');
    expect(searchTimeZones('utc-5', zones, JUL)).not.toContain('America/New_York');
    expect(searchTimeZones('-4', zones, JUL)).toContain('America/New_York');
    expect(searchTimeZones('+13:45', zones, JAN)).toEqual(['Pacific/Chatham']);
    expect(searchTimeZones('+14', zones, JAN)).toContain('Pacific/Kiritimati');
  });

  it('treats a bare hour as the whole hour, so typing "+5" already shows +5:30 and +5:45', () => {
    const results = searchTimeZones('+5', zones, JAN);
    expect(results).toEqual(expect.arrayContaining(['Asia/Karachi', 'Asia/Kolkata', 'Asia/Kathmandu']));
    expect(results).not.toContain('Asia/Dhaka'); // +6
  });

  it('matches English zone names and abbreviations', () => {
    const eastern = searchTimeZones('eastern', zones, JAN);
    expect(eastern).toContain('America/New_York');
    const est = searchTimeZones('EST', zones, JAN);
    expect(est).toContain('America/New_York');
    // The abbreviation outranks a chance substring such as Bucharest.
    expect(est.indexOf('America/New_York')).toBeLessThan(est.indexOf('Europe/Bucharest'));
    expect(searchTimeZones('pacific time', zones, JAN)).toContain('America/Los_Angeles');
  });

  it('matches names in the visitor’s language and still in English', () => {
    expect(searchTimeZones('ostküste', zones, JAN, 'de-DE')).toContain('America/New_York');
    expect(searchTimeZones('eastern', zones, JAN, 'de-DE')).toContain('America/New_York');
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(searchTimeZones('xyzzy', zones, JAN)).toEqual([]);
  });
});
