// iCalendar (RFC 5545) file of an event, in the event's own zone with its VTIMEZONE.
import { parisOffsetMinutes, parisParts, TIME_ZONE } from './time';

export type CalendarEvent = {
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  url?: string;
  organizerEmail?: string;
  cancelled?: boolean;
  /** IANA zone of the event (Paris by default). */
  timeZone?: string;
  /** Raised by each change sent to calendars, so they replace the entry they hold (RFC 5546). */
  sequence?: number;
};

/** The EU summer-time rule, as every calendar writes it for Europe/Paris. */
const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

const offsetText = (minutes: number) =>
  `${minutes >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/**
 * The VTIMEZONE of a zone around a date: the EU rule for Paris, one STANDARD block for a zone that
 * keeps one offset all year (the overseas regions), null for any other zone (times are then
 * written in UTC, which every calendar reads right).
 */
export function vtimezone(timeZone: string, around: Date): string[] | null {
  if (timeZone === TIME_ZONE) return PARIS_VTIMEZONE;
  const year = parisParts(around, timeZone).year;
  const offsets = [0, 3, 6, 9].flatMap((month) => [year - 1, year, year + 1].map((y) => parisOffsetMinutes(new Date(Date.UTC(y, month, 1)), timeZone)));
  if (new Set(offsets).size !== 1) return null;
  const offset = offsetText(offsets[0]);
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${offset.slice(0, 3)}`,
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function localStamp(instant: Date, timeZone: string): string {
  const p = parisParts(instant, timeZone);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function buildCalendar(event: CalendarEvent, now: Date): string {
  const timeZone = event.timeZone ?? TIME_ZONE;
  const zone = vtimezone(timeZone, event.startsAt);
  const when = (name: string, instant: Date) =>
    zone ? `${name};TZID=${timeZone}:${localStamp(instant, timeZone)}` : `${name}:${utcStamp(instant)}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Alliance Villes Emploi//Tour de France de la clause sociale//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    ...(zone ?? []),
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `DTSTAMP:${utcStamp(now)}`,
    when('DTSTART', event.startsAt),
    when('DTEND', event.endsAt),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.organizerEmail ? [`ORGANIZER;CN=Alliance Villes Emploi:mailto:${event.organizerEmail}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
