// Every date the tour shows is a Paris wall-clock time, whatever the server's own time zone.
export const TIME_ZONE = 'Europe/Paris';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The Paris wall-clock reading of an instant. */
export function parisParts(instant: Date): WallClock {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
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
export function parisOffsetMinutes(instant: Date): number {
  const p = parisParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant of a Paris wall-clock time, e.g. parisTime('2022-12-08', '09:30').
 * In the autumn hour that happens twice the first one is taken; a time skipped in spring is
 * moved forward by the hour that does not exist (as calendars do).
 */
export function parisTime(date: string, time: string): Date {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2})[:h](\d{2})$/.exec(time);
  if (!d || !t) throw new RangeError(`Invalid Paris date or time: ${date} ${time}`);
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // Try the offsets in force around that moment; keep the first that reads back as asked.
  const candidates = [parisOffsetMinutes(new Date(naive - 3 * 3600_000)), parisOffsetMinutes(new Date(naive + 3 * 3600_000))];
  for (const offset of [...new Set(candidates)].sort((a, b) => b - a)) {
    const instant = new Date(naive - offset * 60_000);
    const p = parisParts(instant);
    if (p.hour === Number(t[1]) && p.minute === Number(t[2]) && p.day === Number(d[3])) return instant;
  }
  return new Date(naive - Math.min(...candidates) * 60_000);
}

/** 'YYYY-MM-DD' of the Paris day an instant falls in. */
export function parisDate(instant: Date): string {
  const p = parisParts(instant);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** "9h30", "10h00": the way French programmes write times. */
export function formatTime(instant: Date): string {
  const p = parisParts(instant);
  return `${p.hour}h${String(p.minute).padStart(2, '0')}`;
}

/** "9h30–10h00" */
export function formatTimeRange(start: Date, end: Date): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}

const longDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDate = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });

/** "jeudi 8 décembre 2022" */
export function formatLongDate(instant: Date): string {
  return longDate.format(instant);
}

/** "8 décembre 2022" */
export function formatDate(instant: Date): string {
  return shortDate.format(instant);
}

/** "8 décembre 2022 à 9h30" */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)} à ${formatTime(instant)}`;
}

/** ISO 8601 with the Paris offset: "2022-12-08T09:30:00+01:00". */
export function toParisIso(instant: Date): string {
  const p = parisParts(instant);
  const offset = parisOffsetMinutes(instant);
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
