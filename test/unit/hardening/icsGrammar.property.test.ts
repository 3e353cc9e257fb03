// @vitest-environment node
// Issue 13 item 9: every line of the .ics file follows RFC 5545's grammar (§3.1 content lines,
// §3.3.11 TEXT, §3.2 parameters) and its 75-octet folding, whatever text the API sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIcsEvent } from '../../../src/booking/createIcsEvent';

const encoder = new TextEncoder();
// NON-US-ASCII is UTF-8 of a scalar value: no lone surrogates. CONTROL is %x00-08 / %x0A-1F / %x7F.
const NON_ASCII = '(?:[\\u0080-\\ud7ff\\ue000-\\uffff]|[\\ud800-\\udbff][\\udc00-\\udfff])';
const VALUE_CHAR = `(?:[\\t\\x20-\\x7e]|${NON_ASCII})`;
const SAFE_CHAR = `(?:[\\t\\x20\\x21\\x23-\\x2b\\x2d-\\x39\\x3c-\\x7e]|${NON_ASCII})`;
const QSAFE_CHAR = `(?:[\\t\\x20\\x21\\x23-\\x7e]|${NON_ASCII})`;
const TSAFE_CHAR = `(?:[\\t\\x20\\x21\\x23-\\x2b\\x2d-\\x39\\x3c-\\x5b\\x5d-\\x7e]|${NON_ASCII})`;
const TEXT = new RegExp(`^(?:\\\\[\\\\;,Nn]|${TSAFE_CHAR}|[:"])*$`);
const PARAM_VALUE = `(?:${SAFE_CHAR}*|"${QSAFE_CHAR}*")`;
const CONTENT_LINE = new RegExp(`^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=${PARAM_VALUE}(?:,${PARAM_VALUE})*)*):(${VALUE_CHAR}*)$`);
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION']);

/** Strings heavy in what breaks calendars: controls, line breaks, delimiters, lone surrogates. */
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\0', '\x01', '\x08', '\t', '\n', '\r', '\x0b', '\x0c', '\x1b', '\x1f', '\x7f', '\x85', '\u2028', '"', ';', ',', ':', '\\', '\ud800', '\udfff', 'é', '😀', ' '),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 200,
});

/** What SUMMARY must read back as: the words kept, controls gone, any line break one newline. */
function expectedText(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')
    .replace(/\r\n|\r|\n/g, '\n');
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_all, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

function checkIcs(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  }
  // Unfold (§3.1): a CRLF followed by one space is removed.
  const logical = ics.slice(0, -2).split(/\r\n(?! )/).map((line) => line.replace(/\r\n /g, ''));
  for (const line of logical) {
    const match = CONTENT_LINE.exec(line);
    expect(match, JSON.stringify(line)).not.toBeNull();
    if (TEXT_PROPERTIES.has(match![1]!)) expect(match![3]).toMatch(TEXT);
  }
  return logical;
}

describe('createIcsEvent on arbitrary text', () => {
  it('writes only lines of RFC 5545 grammar, folded at 75 octets', () => {
    fc.assert(
      fc.property(nasty, nasty, nasty, nasty, nasty, nasty, nasty, (summary, description, location, url, uid, name, email) => {
        const logical = checkIcs(
          createIcsEvent({
            uid: uid || 'x',
            start: Date.UTC(2026, 2, 2, 15),
            end: Date.UTC(2026, 2, 2, 16),
            summary,
            description,
            location,
            url,
            organizer: { name, email: email || 'a@example.com' },
            now: Date.UTC(2026, 2, 1),
          }),
        );
        const summaryLine = logical.find((line) => line.startsWith('SUMMARY:'))!;
        expect(unescapeText(summaryLine.slice('SUMMARY:'.length))).toBe(expectedText(summary));
      }),
      { numRuns: 500 },
    );
  });

  it('strips NUL and other controls but keeps tabs and the words around them', () => {
    const ics = createIcsEvent({ uid: 'u\0id', start: 0, end: 60_000, summary: 'A\0B\x07C\tD\x7fE\x1bF', now: 0 });
    expect(ics).toContain('SUMMARY:ABC\tDEF\r\n');
    expect(ics).toContain('UID:uid\r\n');
  });
});
