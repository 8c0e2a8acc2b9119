// The audit log for national staff: who changed what, when, with the values before and after.
import type { Executor } from '@/db/connect';
import { findRegionChoices } from '@/db/queries/accounts';
import {
  countAuditEntries,
  findAccountEmails,
  findAuditEntries,
  findAuditEvents,
  findAuditKinds,
  findAuditPeople,
} from '@/db/queries/audit';
import { assertCan, type CurrentUser } from '@/lib/auth/permissions';
import { isUuid } from '@/lib/events/manage/access';
import { toAuditQuery, type AuditLogFilters } from './audit-log-filters';
import { visibleChanges } from './audit-labels';
import { db as pool } from '@/db';

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogEntry = {
  id: number;
  at: Date;
  entity: string;
  entityId: string;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  event: { id: string; title: string; startsAt: Date } | null;
  /** The account an entry about an account is about. */
  accountEmail: string | null;
  changes: [field: string, change: { before: unknown; after: unknown }][];
};

export type AuditLogPage = {
  entries: AuditLogEntry[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  regionNames: Map<number, string>;
};

/** One page of the log, newest first, filtered in SQL. A page past the end shows the last one. */
export async function listAuditLog(
  user: CurrentUser | null,
  filters: AuditLogFilters,
  options: { pageSize?: number } = {},
  db: Executor = pool,
): Promise<AuditLogPage> {
  assertCan(user, 'audit:read');
  const pageSize = options.pageSize ?? AUDIT_PAGE_SIZE;
  const query = toAuditQuery(filters);
  const total = await countAuditEntries(db, query);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const [rows, regionRows] = await Promise.all([
    findAuditEntries(db, query, { limit: pageSize, offset: (page - 1) * pageSize }),
    findRegionChoices(db),
  ]);
  const accounts = await findAccountEmails(
    db,
    rows.filter((r) => r.entity === 'user' && isUuid(r.entityId)).map((r) => r.entityId),
  );
  return {
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '', email: r.actorEmail ?? '' } : null,
      event: r.eventId && r.eventTitle && r.eventStartsAt ? { id: r.eventId, title: r.eventTitle, startsAt: r.eventStartsAt } : null,
      accountEmail: r.entity === 'user' ? (accounts.get(r.entityId) ?? null) : null,
      changes: visibleChanges(r.changes),
    })),
    total,
    page,
    pageCount,
    pageSize,
    regionNames: new Map(regionRows.map((r) => [r.id, r.name])),
  };
}

/** What the filter form offers: people, events, and the kinds of change that happened. */
export async function listAuditFilterOptions(user: CurrentUser | null, db: Executor = pool) {
  assertCan(user, 'audit:read');
  const [people, events, kinds] = await Promise.all([findAuditPeople(db), findAuditEvents(db), findAuditKinds(db)]);
  const byEntity = new Map<string, string[]>();
  for (const k of kinds) byEntity.set(k.entity, [...(byEntity.get(k.entity) ?? []), k.action]);
  return { people, events, kinds: [...byEntity].map(([entity, actions]) => ({ entity, actions })) };
}
