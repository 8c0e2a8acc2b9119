// SQL of the job queue (graphile-worker, schema graphile_worker). Jobs are added with its own
// add_job function inside the caller's transaction: a job commits or rolls back with the change
// that needs it, and its commit wakes a runner at once (add_job sends NOTIFY "jobs:insert").
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';

/** The task that sends one message of outbound_emails (lib/jobs/tasks.ts). */
export const SEND_EMAIL_TASK = 'send_email';

/**
 * The add_job call that queues the sending of message `emailId` at `runAt` (SQL expressions), as an
 * expression worth the job's id. One job key per message: queueing it again moves its waiting job
 * instead of adding a second one (a job already running keeps going, and the new one waits).
 */
export function sendEmailJob(emailId: SQL, runAt: SQL = sql`now()`): SQL {
  return sql`(graphile_worker.add_job(${SEND_EMAIL_TASK}::text, json_build_object('emailId', ${emailId}), run_at => ${runAt}, job_key => 'email:' || ${emailId})).id`;
}

/**
 * Queues a sending job for pending messages due by `now` that have no live job: written before the
 * queue existed, whose job gave up (its attempts spent on database errors), or whose job has been
 * locked since before `staleBefore` (its worker died mid-send). At most `limit`, oldest first.
 * Returns their ids.
 */
export async function queueOrphanEmails(tx: Executor, now: Date, staleBefore: Date, limit: number): Promise<string[]> {
  const rows = await tx.execute<{ id: string }>(sql`
    WITH orphan AS (
      SELECT e.id, e.next_attempt_at FROM outbound_emails e
      WHERE e.status = 'pending' AND e.next_attempt_at <= ${now.toISOString()}::timestamptz
        AND NOT EXISTS (
          SELECT 1 FROM graphile_worker.jobs j
          WHERE j.key = 'email:' || e.id AND j.attempts < j.max_attempts
            AND (j.locked_at IS NULL OR j.locked_at > ${staleBefore.toISOString()}::timestamptz))
      ORDER BY e.next_attempt_at
      LIMIT ${limit}
    )
    SELECT orphan.id, ${sendEmailJob(sql`orphan.id`)} AS job_id FROM orphan`);
  return rows.map((r) => r.id);
}

/** The job of a message, as the queue holds it (tests, diagnostics): null when it has none. */
export async function findEmailJob(tx: Executor, emailId: string) {
  const rows = await tx.execute<{ runAt: string; attempts: number; lockedAt: string | null }>(sql`
    SELECT run_at AS "runAt", attempts, locked_at AS "lockedAt" FROM graphile_worker.jobs
    WHERE key = ${`email:${emailId}`} AND attempts < max_attempts`);
  const [row] = rows;
  return row ? { runAt: new Date(row.runAt), attempts: row.attempts, locked: row.lockedAt !== null } : null;
}
