// SQL of the reminders sent before an event: which registrations are due.
import { and, asc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { events, registrations } from '../schema';

/**
 * Marks up to `limit` confirmed registrations of published events starting in (from, until] as
 * reminded and returns their ids. The rows are locked with SKIP LOCKED and re-checked on update,
 * so two workers running this at once never claim the same registration.
 */
export async function claimReminderRegistrations(
  tx: Executor,
  window: { from: Date; until: Date },
  stampedAt: Date,
  limit: number,
): Promise<string[]> {
  const due = tx
    .select({ id: registrations.id })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(
        eq(events.status, 'published'),
        gt(events.startsAt, window.from),
        lte(events.startsAt, window.until),
        eq(registrations.status, 'confirmed'),
        isNull(registrations.reminderQueuedAt),
        isNull(registrations.anonymisedAt),
      ),
    )
    .orderBy(asc(events.startsAt), asc(registrations.createdAt))
    .limit(limit)
    .for('no key update', { of: registrations, skipLocked: true });
  const rows = await tx
    .update(registrations)
    .set({ reminderQueuedAt: stampedAt })
    // ARRAY(subquery) is computed once; `id IN (subquery)` may be planned as a semi-join that runs
    // the locking subquery again for each candidate row.
    .where(and(sql`${registrations.id} = ANY(ARRAY(${due}))`, isNull(registrations.reminderQueuedAt), eq(registrations.status, 'confirmed')))
    .returning({ id: registrations.id });
  return rows.map((r) => r.id);
}
