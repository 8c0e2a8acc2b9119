// SQL of the e-mail outbox: writing messages with their sending job, claiming one for sending,
// recording delivery results, listing. Each write that makes a message due again queues its job in
// the same statement (db/queries/jobs.ts), so the row and its job commit or roll back together.
import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { outboundEmails, type EmailAttachment, type OutboundEmail } from '../schema';
import { sendEmailJob } from './jobs';

export type NewOutboundEmail = {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: EmailAttachment[];
  registrationId: string | null;
};

/** Writes a message, pending and due now, and queues the job that sends it. Returns its id. */
export async function insertOutboundEmail(tx: Executor, email: NewOutboundEmail): Promise<string> {
  const insert = tx.insert(outboundEmails).values(email).returning({ id: outboundEmails.id });
  const [row] = await tx.execute<{ id: string }>(sql`
    WITH email AS (${insert.getSQL()}) SELECT email.id, ${sendEmailJob(sql`email.id`)} AS job_id FROM email`);
  return row.id;
}

/**
 * Claims message `id` if it is pending and due: one statement that counts the attempt and pushes
 * next_attempt_at to `leaseUntil`, so that no other job takes it while this one sends it. A second
 * claimer waits for the row lock, re-checks the new version (READ COMMITTED) and gets nothing.
 */
export async function claimEmail(tx: Executor, id: string, now: Date, leaseUntil: Date): Promise<OutboundEmail | null> {
  const [row] = await tx
    .update(outboundEmails)
    .set({ attempts: sql`${outboundEmails.attempts} + 1`, nextAttemptAt: leaseUntil })
    .where(and(eq(outboundEmails.id, id), eq(outboundEmails.status, 'pending'), lte(outboundEmails.nextAttemptAt, now)))
    .returning();
  return row ?? null;
}

/**
 * A pending message that is not due yet gets its job back at its next_attempt_at (a retry planned
 * by a clock a little ahead of this one, or a send in progress elsewhere that may never finish),
 * a second from now at the earliest, so that clocks apart cannot make it spin.
 * False when the message is no longer pending: nothing left to do.
 */
export async function requeuePendingEmail(tx: Executor, id: string): Promise<boolean> {
  const rows = await tx.execute<{ id: string }>(sql`
    WITH email AS (
      SELECT ${outboundEmails.id} AS id, ${outboundEmails.nextAttemptAt} AS next_attempt_at FROM ${outboundEmails}
      WHERE ${outboundEmails.id} = ${id} AND ${outboundEmails.status} = 'pending')
    SELECT email.id, ${sendEmailJob(sql`email.id`, sql`greatest(email.next_attempt_at, now() + interval '1 second')`)} AS job_id FROM email`);
  return rows.length > 0;
}

export async function markEmailSent(tx: Executor, id: string, sentAt: Date): Promise<void> {
  await tx
    .update(outboundEmails)
    .set({ status: 'sent', sentAt, lastError: null })
    .where(and(eq(outboundEmails.id, id), eq(outboundEmails.status, 'pending')));
}

/** A failed attempt: its job queued again for `retryAt`, or given up (status failed) when it is null. */
export async function markEmailAttemptFailed(tx: Executor, id: string, error: string, retryAt: Date | null): Promise<void> {
  const update = tx
    .update(outboundEmails)
    .set(retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: 'failed' })
    .where(and(eq(outboundEmails.id, id), eq(outboundEmails.status, 'pending')))
    .returning({ id: outboundEmails.id, nextAttemptAt: outboundEmails.nextAttemptAt });
  if (!retryAt) {
    await update;
    return;
  }
  await tx.execute(sql`
    WITH email AS (${update.getSQL()}) SELECT ${sendEmailJob(sql`email.id`, sql`email.next_attempt_at`)} AS job_id FROM email`);
}

/** Puts a failed message back in the queue, due now, with a fresh set of attempts and a job; false if it was not failed. */
export async function requeueFailedEmail(tx: Executor, id: string, now: Date): Promise<boolean> {
  const update = tx
    .update(outboundEmails)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: now })
    .where(and(eq(outboundEmails.id, id), eq(outboundEmails.status, 'failed')))
    .returning({ id: outboundEmails.id, nextAttemptAt: outboundEmails.nextAttemptAt });
  const rows = await tx.execute<{ id: string }>(sql`
    WITH email AS (${update.getSQL()}) SELECT email.id, ${sendEmailJob(sql`email.id`, sql`email.next_attempt_at`)} AS job_id FROM email`);
  return rows.length === 1;
}

/** The latest messages, newest first (development outbox page). */
export async function findRecentEmails(tx: Executor, limit = 100): Promise<OutboundEmail[]> {
  return tx.select().from(outboundEmails).orderBy(desc(outboundEmails.createdAt), desc(outboundEmails.id)).limit(limit);
}
