// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createIcsEvent } from '../../../src/booking/createIcsEvent';

const event = {
  uid: 'abc@meeting-scheduler',
  start: Date.UTC(2025, 9, 10, 20, 45),
  end: Date.UTC(2025, 9, 10, 21, 0),
  summary: 'Intro call',
  now: Date.UTC(2025, 9, 9, 12, 0, 5),
};

/** Undo folding (RFC 5545 §3.1) to read logical lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('createIcsEvent', () => {
  it('writes a minimal VCALENDAR with UTC times, DTSTAMP and PRODID, CRLF everywhere', () => {
    const ics = createIcsEvent(event);
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//meeting-scheduler//Booking widget//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:abc@meeting-scheduler',
        'DTSTAMP:20251009T120005Z',
        'DTSTART:20251010T204500Z',
        'DTEND:20251010T210000Z',
        'SUMMARY:Intro call',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes backslashes, semicolons, commas and newlines in text values', () => {
    const lines = unfold(
      createIcsEvent({ ...event, summary: 'A, B; C\\D', description: 'line 1\nline 2\r\nline 3', location: 'Room 1, Floor 2' }),
    );
    expect(lines).toContain('SUMMARY:A\\, B\\; C\\\\D');
    expect(lines).toContain('DESCRIPTION:line 1\\nline 2\\nline 3');
    expect(lines).toContain('LOCATION:Room 1\\, Floor 2');
  });

  it('cannot be broken out of by a value with line breaks', () => {
    const ics = createIcsEvent({ ...event, summary: 'x\r\nEND:VEVENT', uid: 'u\r\nBEGIN:VEVENT', url: 'https://a.example/\nX' });
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
    expect(ics.match(/^END:VEVENT\r?$/gm)).toHaveLength(1);
  });

  it('folds lines longer than 75 octets without splitting UTF-8 characters', () => {
    const summary = `Réunion ${'é'.repeat(60)} 🙂 ${'x'.repeat(80)}`;
    const ics = createIcsEvent({ ...event, summary });
    const physical = ics.split('\r\n');
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const continuation = physical.filter((line) => line.startsWith(' '));
    expect(continuation.length).toBeGreaterThan(1);
    expect(unfold(ics)).toContain(`SUMMARY:${summary}`);
    expect(ics).not.toContain('\uFFFD');
  });

  it('adds the organizer as a mailto with a quoted name when needed, and the URL unescaped', () => {
    const lines = unfold(
      createIcsEvent({ ...event, url: 'https://meet.example.com/a,b?x=1;y=2', organizer: { name: 'Doe, "Jane"', email: 'jane@example.com' } }),
    );
    expect(lines).toContain("ORGANIZER;CN=\"Doe, 'Jane'\":mailto:jane@example.com");
    expect(lines).toContain('URL:https://meet.example.com/a,b?x=1;y=2');
    expect(unfold(createIcsEvent({ ...event, organizer: { name: 'Jane Doe', email: 'j@example.com' } }))).toContain(
      'ORGANIZER;CN=Jane Doe:mailto:j@example.com',
    );
  });
});
