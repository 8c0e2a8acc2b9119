// SQL of the audit log page: entries filtered in SQL, newest first, a page at a time.
import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../connect';
import { auditEntries, events, regions, users } from '../schema';

export type AuditQuery = {
  /** The person who made the change. */
  actorId?: string;
  eventId?: string;
  entity?: string;
  action?: string;
  /** Instants: from inclusive, to exclusive. */
  from?: Date;
  to?: Date;
};

function where(q: AuditQuery): SQL | undefined {
  return and(
    q.actorId ? eq(auditEntries.userId, q.actorId) : undefined,
    q.eventId ? eq(auditEntries.eventId, q.eventId) : undefined,
    q.entity ? eq(auditEntries.entity, q.entity) : undefined,
    q.action ? eq(auditEntries.action, q.action) : undefined,
    q.from ? gte(auditEntries.at, q.from) : undefined,
    q.to ? lt(auditEntries.at, q.to) : undefined,
  );
}

/**
 * One page of entries, newest first (ties broken by id, so pages never overlap): the order of
 * audit_entries_at_idx, read backwards, stopping after `limit` rows; the (entity, entity_id) index
 * serves the entity filter.
 */
export function auditEntriesQuery(tx: Executor, q: AuditQuery, page: { limit: number; offset: number }) {
  const actor = alias(users, 'actor');
  return tx
    .select({
      id: auditEntries.id,
      at: auditEntries.at,
      entity: auditEntries.entity,
      entityId: auditEntries.entityId,
      action: auditEntries.action,
      changes: auditEntries.changes,
      actorId: auditEntries.userId,
      actorName: actor.name,
      actorEmail: actor.email,
      eventId: auditEntries.eventId,
      eventTitle: events.title,
      eventStartsAt: events.startsAt,
    })
    .from(auditEntries)
    .leftJoin(actor, eq(actor.id, auditEntries.userId))
    .leftJoin(events, eq(events.id, auditEntries.eventId))
    .where(where(q))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function findAuditEntries(tx: Executor, q: AuditQuery, page: { limit: number; offset: number }) {
  return auditEntriesQuery(tx, q, page);
}

export async function countAuditEntries(tx: Executor, q: AuditQuery): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(auditEntries).where(where(q));
  return row.n;
}

/** The kinds of change that happened at least once (entity, action). */
export async function findAuditKinds(tx: Executor) {
  return tx
    .select({ entity: auditEntries.entity, action: auditEntries.action })
    .from(auditEntries)
    .groupBy(auditEntries.entity, auditEntries.action)
    .orderBy(asc(auditEntries.entity), asc(auditEntries.action));
}

/** Everyone who may have changed something: every account, by name. */
export async function findAuditPeople(tx: Executor) {
  return tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .orderBy(sql`lower(coalesce(nullif(${users.name}, ''), ${users.email}))`);
}

/** Every event, newest first, for the event filter. */
export async function findAuditEvents(tx: Executor) {
  return tx
    .select({ id: events.id, title: events.title, startsAt: events.startsAt, regionName: regions.name })
    .from(events)
    .innerJoin(regions, eq(regions.id, events.regionId))
    .orderBy(desc(events.startsAt), asc(events.title));
}

/** The addresses of the accounts an entry is about. */
export async function findAccountEmails(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.email]));
}

/** One entry of the audit trail (lib/audit.ts recordAudit), in the caller's transaction. */
export async function insertAuditEntry(tx: Executor, entry: typeof auditEntries.$inferInsert): Promise<void> {
  await tx.insert(auditEntries).values(entry);
}
