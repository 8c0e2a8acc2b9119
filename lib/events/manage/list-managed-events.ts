// "Mes rencontres": the events of the user's regions (every region for national staff), any
// status, with their registrations and seats at a glance.
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findManagedEvents, findManagedWorkshopFill } from '@/db/queries/managed-events';
import { eventScopeSql } from '@/db/queries/scope';
import { assertCan, scopeOf, type CurrentUser } from '@/lib/auth/permissions';

export async function listManagedEvents(user: CurrentUser | null, db: Executor = pool) {
  assertCan(user, 'events:read');
  const scope = eventScopeSql(scopeOf(user));
  const [rows, fill] = await Promise.all([findManagedEvents(db, scope), findManagedWorkshopFill(db, scope)]);
  return rows.map((row) => ({
    ...row,
    seatsLeft: Math.max(0, row.capacity - row.confirmed),
    workshops: fill
      .filter((w) => w.eventId === row.id)
      .map(({ id, slotId, slotStartsAt, code, title, capacity, taken }) => ({ id, slotId, slotStartsAt, code, title, capacity, taken })),
  }));
}

export type ManagedEventSummary = Awaited<ReturnType<typeof listManagedEvents>>[number];
