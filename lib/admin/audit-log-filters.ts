// The filters of the audit log, read from the query string (a GET form: a filtered view is a link
// one can share), and turned into the instants the SQL needs (days are Paris days).
import { addDays, parisTime } from '@/lib/time';

export type AuditLogFilters = {
  /** Who made the change (an account id). */
  actorId?: string;
  eventId?: string;
  /** Kind of change: an entity ("user"), or an entity and an action ("user.deactivate"). */
  kind?: string;
  /** Paris days, 'YYYY-MM-DD', both included. */
  from?: string;
  to?: string;
  page: number;
};

export type AuditLogFilterErrors = Partial<Record<'from' | 'to', string>>;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KIND = /^[a-z][a-z0-9_]{0,40}(\.[a-z][a-z0-9_]{0,40})?$/;

function first(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** A real calendar day written 'YYYY-MM-DD' (what a date input sends). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2100) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const INVALID_DATE = 'Date invalide : choisissez un jour du calendrier (jj/mm/aaaa).';

/**
 * Malformed ids, kinds or pages are ignored (a hand-edited URL shows everything); a wrong date is
 * reported next to its field and not applied.
 */
export function parseAuditLogFilters(params: Params): { filters: AuditLogFilters; errors: AuditLogFilterErrors } {
  const filters: AuditLogFilters = { page: 1 };
  const errors: AuditLogFilterErrors = {};
  const actorId = first(params, 'personne');
  if (actorId && UUID.test(actorId)) filters.actorId = actorId.toLowerCase();
  const eventId = first(params, 'rencontre');
  if (eventId && UUID.test(eventId)) filters.eventId = eventId.toLowerCase();
  const kind = first(params, 'type');
  if (kind && KIND.test(kind)) filters.kind = kind;
  const from = first(params, 'du');
  if (from) {
    if (isCalendarDate(from)) filters.from = from;
    else errors.from = INVALID_DATE;
  }
  const to = first(params, 'au');
  if (to) {
    if (!isCalendarDate(to)) errors.to = INVALID_DATE;
    else if (filters.from && to < filters.from) errors.to = 'La date de fin précède la date de début.';
    else filters.to = to;
  }
  const page = Number(first(params, 'page'));
  if (Number.isInteger(page) && page > 1 && page <= 1_000_000) filters.page = page;
  return { filters, errors };
}

/** The query string of a set of filters ("" when none), on a given page. */
export function auditLogQuery(filters: AuditLogFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.actorId) params.set('personne', filters.actorId);
  if (filters.eventId) params.set('rencontre', filters.eventId);
  if (filters.kind) params.set('type', filters.kind);
  if (filters.from) params.set('du', filters.from);
  if (filters.to) params.set('au', filters.to);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The SQL conditions: from the start of the first Paris day to the start of the day after the last. */
export function toAuditQuery(filters: AuditLogFilters) {
  const [entity, action] = filters.kind ? filters.kind.split('.') : [];
  return {
    actorId: filters.actorId,
    eventId: filters.eventId,
    entity: entity || undefined,
    action: action || undefined,
    from: filters.from ? parisTime(filters.from, '00:00') : undefined,
    to: filters.to ? parisTime(addDays(filters.to, 1), '00:00') : undefined,
  };
}

export const hasAuditFilters = (f: AuditLogFilters) => !!(f.actorId || f.eventId || f.kind || f.from || f.to);
