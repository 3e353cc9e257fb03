import { formatIcsUtc } from './formatIcsUtc';

/** One meeting to put in a calendar file. */
export interface IcsEventInput {
  /** Globally unique and stable for this booking, so re-importing updates instead of duplicating. */
  uid: string;
  /** Epoch ms UTC. */
  start: number;
  /** Epoch ms UTC. */
  end: number;
  /** The event title. */
  summary: string;
  /**
   * Free text under the title.
   * @defaultValue none
   */
  description?: string;
  /**
   * Where it happens.
   * @defaultValue none
   */
  location?: string;
  /**
   * A link for the event (e.g. the video call).
   * @defaultValue none
   */
  url?: string;
  /**
   * Who organizes it; written as a mailto: with a display name.
   * @defaultValue none
   */
  organizer?: { name?: string; email: string };
  /**
   * The file's creation time (DTSTAMP), epoch ms; default now.
   * @defaultValue `Date.now()` when the file is made
   */
  now?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

// CONTROL (RFC 5545 §3.1) is every C0 control but HTAB, and DEL: no content line may hold one.
// CR and LF are left to become the value's own line break (an escape, or a space).
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
// A lone surrogate has no UTF-8 form; the grammar's NON-US-ASCII is UTF-8 of scalar values only.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text any content line may carry: line breaks as `breakAs`, other controls dropped. */
function clean(value: string, breakAs: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, '').replace(/\r\n|\r|\n/g, breakAs);
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines. */
function escapeText(value: string): string {
  // The newline's escape is put in after the backslashes are doubled.
  return clean(value, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Values that are not TEXT (URIs, ids) cannot carry escapes: drop what would break the line. */
function singleLine(value: string): string {
  return clean(value, ' ').replace(/ {2,}/g, ' ');
}

/** A parameter value is quoted when it holds `:;,`; a double quote cannot appear at all (§3.2). */
function paramValue(value: string): string {
  const cleaned = singleLine(value).replace(/"/g, "'");
  return /[:;,]/.test(cleaned) ? `"${cleaned}"` : cleaned;
}

/**
 * Folds a content line at 75 octets (§3.1): continuation lines start with one space, which counts
 * towards their 75. Splits between code points, never inside a UTF-8 sequence.
 */
function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/**
 * A one-event iCalendar file (RFC 5545) for "Add to calendar": CRLF line ends, lines folded at
 * 75 octets, TEXT values escaped, times in UTC so every calendar app shows them in its own zone.
 */
export function createIcsEvent(event: IcsEventInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//meeting-scheduler//Booking widget//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${singleLine(event.uid)}`,
    `DTSTAMP:${formatIcsUtc(event.now ?? Date.now())}`,
    `DTSTART:${formatIcsUtc(event.start)}`,
    `DTEND:${formatIcsUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${singleLine(event.url)}`);
  if (event.organizer?.email) {
    const name = event.organizer.name ? `;CN=${paramValue(event.organizer.name)}` : '';
    lines.push(`ORGANIZER${name}:mailto:${singleLine(event.organizer.email)}`);
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
