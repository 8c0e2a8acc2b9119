// SQL of the e-mail outbox: claiming due messages, recording delivery results, listing.
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { outboundEmails, type OutboundEmail } from '../schema';

/**
 * Claims the oldest due pending message: one statement that locks it (skipping rows another
 * worker holds), counts the attempt and pushes next_attempt_at to `leaseUntil`, so no other worker
 * sees it as due while this one sends it. A worker whose snapshot predates the claim re-checks the
 * locked row's new version (READ COMMITTED) and skips it too.
 */
export async function claimDueEmail(tx: Executor, now: Date, leaseUntil: Date): Promise<OutboundEmail | null> {
  const due = tx
    .select({ id: outboundEmails.id })
    .from(outboundEmails)
    .where(and(eq(outboundEmails.status, 'pending'), lte(outboundEmails.nextAttemptAt, now)))
    .orderBy(asc(outboundEmails.nextAttemptAt), asc(outboundEmails.createdAt))
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await tx
    .update(outboundEmails)
    .set({ attempts: sql`${outboundEmails.attempts} + 1`, nextAttemptAt: leaseUntil })
    // A scalar subquery runs once (InitPlan). `id IN (subquery)` may be planned as a semi-join that
    // runs the LIMIT 1 subquery again for every candidate row and claims them all.
    .where(and(eq(outboundEmails.id, sql`(${due})`), eq(outboundEmails.status, 'pending'), lte(outboundEmails.nextAttemptAt, now)))
    .returning();
  return row ?? null;
}

export async function markEmailSent(tx: Executor, id: string, sentAt: Date): Promise<void> {
  await tx
    .update(outboundEmails)
    .set({ status: 'sent', sentAt, lastError: null })
    .where(and(eq(outboundEmails.id, id), eq(outboundEmails.status, 'pending')));
}

/** A failed attempt: try again at `retryAt`, or give up (status failed) when it is null. */
export async function markEmailAttemptFailed(tx: Executor, id: string, error: string, retryAt: Date | null): Promise<void> {
  await tx
    .update(outboundEmails)
    .set(retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: 'failed' })
    .where(and(eq(outboundEmails.id, id), eq(outboundEmails.status, 'pending')));
}

/** Puts a failed message back in the queue with a fresh set of attempts; false if it was not failed. */
export async function requeueFailedEmail(tx: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(outboundEmails)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now })
    .where(and(eq(outboundEmails.id, id), eq(outboundEmails.status, 'failed')))
    .returning({ id: outboundEmails.id });
  return rows.length === 1;
}

/** The latest messages, newest first (development outbox page). */
export async function findRecentEmails(tx: Executor, limit = 100): Promise<OutboundEmail[]> {
  return tx.select().from(outboundEmails).orderBy(desc(outboundEmails.createdAt), desc(outboundEmails.id)).limit(limit);
}
