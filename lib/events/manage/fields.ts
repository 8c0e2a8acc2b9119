// Field rules shared by the schemas of the event editor. Pure (no database, no Node API): the
// forms run them in the browser and the use cases run them again on the server.
import { z } from 'zod';
import { parisParts, parisTime } from '@/lib/time';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// PostgreSQL's text cannot hold a NUL character: refused here, it would otherwise be a 500.
// eslint-disable-next-line no-control-regex
const NO_NUL = /^[^\u0000]*$/;

/** Trimmed text of at most `max` characters, without NUL. */
export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .trim()
    .max(max, { error: `${label} : ${max} caractères au plus.` })
    .regex(NO_NUL, { error: `${label} : caractère non autorisé.` });

/** Trimmed text that must not be empty. */
export const requiredText = (label: string, max: number, missing: string) => text(label, max).min(1, { error: missing });

/** A Paris calendar date as an <input type="date"> gives it: 'YYYY-MM-DD'. */
export const dateField = (missing: string) =>
  z.string({ error: missing }).trim().refine(isRealDate, { error: missing });

/** A Paris wall-clock time as an <input type="time"> gives it: 'HH:MM'. */
export const timeField = (missing: string) =>
  z.string({ error: missing }).trim().regex(TIME, { error: missing });

/** An optional Paris date and time as an <input type="datetime-local"> gives it, or ''. */
export const optionalDateTimeField = (invalid: string) =>
  z
    .string({ error: invalid })
    .trim()
    .refine((v) => v === '' || (DATE_TIME.test(v) && isRealDate(v.slice(0, 10))), { error: invalid });

/** A whole number in a range, e.g. a capacity. */
export const countField = (missing: string, min: number, max: number, outOfRange: string) =>
  z
    .number({ error: missing })
    .int({ error: outOfRange })
    .min(min, { error: outOfRange })
    .max(max, { error: outOfRange });

/** A French postcode (5 digits), or '' while the venue is not settled. */
export const postcodeField = () =>
  z
    .string({ error: 'Code postal : texte attendu.' })
    .trim()
    .regex(/^(\d{5})?$/, { error: 'Indiquez un code postal à 5 chiffres (par exemple 34080), ou laissez vide.' });

export const emailField = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(254, { error: 'Adresse e-mail : 254 caractères au plus.' })
    .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple contact@exemple.fr.' }));

/** The instant of a 'YYYY-MM-DDTHH:MM' wall-clock reading in a zone (Paris by default), or null for ''. */
export function parisDateTime(value: string, timeZone?: string): Date | null {
  const m = DATE_TIME.exec(value);
  return m ? parisTime(m[1], `${m[2]}:${m[3]}`, timeZone) : null;
}

/** 'HH:MM' of an instant in a zone (Paris by default): the value of an <input type="time">. */
export function clockOf(instant: Date, timeZone?: string): string {
  const p = parisParts(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** 'YYYY-MM-DDTHH:MM' of an instant, in Paris: the value of an <input type="datetime-local">. */
export function dateTimeLocalOf(instant: Date | null, timeZone?: string): string {
  if (!instant) return '';
  const p = parisParts(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The zones an event can be in: metropolitan France and the five overseas regions. */
export const EVENT_TIME_ZONES = ['Europe/Paris', 'America/Guadeloupe', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte'] as const;

export const timeZoneField = () =>
  z.enum(EVENT_TIME_ZONES, { error: 'Choisissez le fuseau horaire de la rencontre dans la liste.' });

/** Adds a French message at `path` when the two times of a form are not in order. */
export function checkTimesInOrder(
  value: { startTime: string; endTime: string },
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: string[] }) => void },
  message = 'L’heure de fin doit être après l’heure de début.',
) {
  if (TIME.test(value.startTime) && TIME.test(value.endTime) && value.endTime <= value.startTime) {
    ctx.addIssue({ code: 'custom', message, path: ['endTime'] });
  }
}
