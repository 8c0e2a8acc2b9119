// Dates are shown as wall-clock times of a time zone, whatever the server's own: an event's own
// zone (events.time_zone) for its times, Europe/Paris for everything else.
export const TIME_ZONE = 'Europe/Paris';

/** The zone of a region's events, by INSEE region code; metropolitan regions are on Paris time. */
export const REGION_TIME_ZONES: Readonly<Record<string, string>> = {
  '01': 'America/Guadeloupe',
  '02': 'America/Martinique',
  '03': 'America/Cayenne',
  '04': 'Indian/Reunion',
  '06': 'Indian/Mayotte',
};

export function regionTimeZone(regionCode: string): string {
  return REGION_TIME_ZONES[regionCode] ?? TIME_ZONE;
}

const ZONE_NAMES: Readonly<Record<string, string>> = {
  'America/Guadeloupe': 'de la Guadeloupe',
  'America/Martinique': 'de la Martinique',
  'America/Cayenne': 'de la Guyane',
  'Indian/Reunion': 'de La Réunion',
  'Indian/Mayotte': 'de Mayotte',
  'Europe/Paris': 'de Paris',
};

/** "heure de La Réunion"; null for Paris time, which pages do not name. */
export function timeZoneLabel(timeZone: string): string | null {
  if (timeZone === TIME_ZONE) return null;
  return `heure ${ZONE_NAMES[timeZone] ?? `locale (${timeZone})`}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f;
}

const partsFormatter = (timeZone: string) =>
  cached(`parts:${timeZone}`, () => new Intl.DateTimeFormat('en-GB', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
}));

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall-clock reading of an instant in a zone (Paris by default). */
export function parisParts(instant: Date, timeZone = TIME_ZONE): WallClock {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes to add to UTC to get Paris time at that instant (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date, timeZone = TIME_ZONE): number {
  const p = parisParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant of a Paris wall-clock time, e.g. parisTime('2022-12-08', '09:30').
 * In the autumn hour that happens twice the first one is taken; a time skipped in spring is
 * moved forward by the hour that does not exist (as calendars do).
 */
export function parisTime(date: string, time: string, timeZone = TIME_ZONE): Date {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2})[:h](\d{2})$/.exec(time);
  if (!d || !t) throw new RangeError(`Invalid Paris date or time: ${date} ${time}`);
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // Try the offsets in force around that moment; keep the first that reads back as asked.
  const candidates = [
    parisOffsetMinutes(new Date(naive - 3 * 3600_000), timeZone),
    parisOffsetMinutes(new Date(naive + 3 * 3600_000), timeZone),
  ];
  for (const offset of [...new Set(candidates)].sort((a, b) => b - a)) {
    const instant = new Date(naive - offset * 60_000);
    const p = parisParts(instant, timeZone);
    if (p.hour === Number(t[1]) && p.minute === Number(t[2]) && p.day === Number(d[3])) return instant;
  }
  return new Date(naive - Math.min(...candidates) * 60_000);
}

/** 'YYYY-MM-DD' of the Paris day an instant falls in. */
export function parisDate(instant: Date, timeZone = TIME_ZONE): string {
  const p = parisParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** "9h30", "10h00": the way French programmes write times. */
export function formatTime(instant: Date, timeZone = TIME_ZONE): string {
  const p = parisParts(instant, timeZone);
  return `${p.hour}h${String(p.minute).padStart(2, '0')}`;
}

/** "9h30–10h00" */
export function formatTimeRange(start: Date, end: Date, timeZone = TIME_ZONE): string {
  return `${formatTime(start, timeZone)}–${formatTime(end, timeZone)}`;
}

/** "9h30–16h30, heure de La Réunion"; Paris times stay unnamed. */
export function formatZonedTimeRange(start: Date, end: Date, timeZone = TIME_ZONE): string {
  const label = timeZoneLabel(timeZone);
  return `${formatTimeRange(start, end, timeZone)}${label ? `, ${label}` : ''}`;
}

const longDate = (timeZone: string) =>
  cached(`long:${timeZone}`, () => new Intl.DateTimeFormat('fr-FR', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }));
const shortDate = (timeZone: string) =>
  cached(`short:${timeZone}`, () => new Intl.DateTimeFormat('fr-FR', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }));

/** French writes the first day of a month as an ordinal: « 1er décembre », never « 1 décembre ». */
export function withFirstOrdinal(date: string): string {
  return date.replace(/(^|\s)1 (?=\p{L})/u, '$11er ');
}

/** "jeudi 8 décembre 2022", "jeudi 1er décembre 2022" */
export function formatLongDate(instant: Date, timeZone = TIME_ZONE): string {
  return withFirstOrdinal(longDate(timeZone).format(instant));
}

/** "8 décembre 2022", "1er décembre 2022" */
export function formatDate(instant: Date, timeZone = TIME_ZONE): string {
  return withFirstOrdinal(shortDate(timeZone).format(instant));
}

/** "8 décembre 2022 à 9h30" */
export function formatDateTime(instant: Date, timeZone = TIME_ZONE): string {
  return `${formatDate(instant, timeZone)} à ${formatTime(instant, timeZone)}`;
}

/** ISO 8601 with the zone's offset: "2022-12-08T09:30:00+01:00" (Paris by default). */
export function toParisIso(instant: Date, timeZone = TIME_ZONE): string {
  const p = parisParts(instant, timeZone);
  const offset = parisOffsetMinutes(instant, timeZone);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Adds whole Paris calendar days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}
