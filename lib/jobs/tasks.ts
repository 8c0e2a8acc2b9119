// The jobs of the platform's queue (graphile-worker) and their schedule:
// - send_email: one per message of outbound_emails, queued with it (lib/email/outbox.ts);
// - queue_reminders, every minute: the reminder two days before an event (lib/email/reminders.ts);
// - apply_retention, every hour: the retention period of personal data (lib/privacy/retention.ts);
// - sweep_emails, every five minutes and at start: a job for any pending message that has none.
// Every instance may run them: the queue hands each job to one runner, schedules each cron tick
// once across instances, and the claims in the database keep each e-mail to one sender and each
// registration to one anonymiser. A task that throws is retried by the queue with its backoff.
import { parseCronItems, type CronItem, type ParsedCronItem, type TaskList } from 'graphile-worker';
import type { Database } from '@/db/connect';
import { queueOrphanEmails, SEND_EMAIL_TASK } from '@/db/queries/jobs';
import { deliverEmail, LEASE_MS } from '@/lib/email/deliver';
import { queueReminders } from '@/lib/email/reminders';
import type { MailTransport } from '@/lib/email/transport';
import { isUuid } from '@/lib/events/manage/access';
import { runPrivacyMaintenance } from '@/lib/privacy/retention';
import { manageUrl, mintManageLink } from '@/lib/registrations/notify';

export const TASKS = {
  sendEmail: SEND_EMAIL_TASK,
  queueReminders: 'queue_reminders',
  applyRetention: 'apply_retention',
  sweepEmails: 'sweep_emails',
} as const;

/** Messages queued again by one sweep at most; the next sweep takes the rest. */
const SWEEP_LIMIT = 500;

export type TaskDeps = {
  db: Database;
  /** null (no SMTP_URL): no send_email nor sweep task here, messages and their jobs wait in the queue. */
  transport: MailTransport | null;
  /** The site's public address, for links in reminders. */
  appUrl: () => string;
  /** The clock (default: the real one). */
  now?: () => Date;
};

export function jobTasks(deps: TaskDeps): TaskList {
  const now = deps.now ?? (() => new Date());
  const tasks: TaskList = {
    [TASKS.queueReminders]: async () => {
      const url = deps.appUrl();
      await queueReminders(
        {
          now: now(),
          appUrl: url,
          // Reminders carry a fresh private link, as every e-mail about a registration does.
          manageUrl: async (tx, registrationId) => manageUrl(url, await mintManageLink(tx, registrationId)),
        },
        deps.db,
      );
    },
    [TASKS.applyRetention]: async () => {
      await runPrivacyMaintenance({ now: now() }, deps.db);
    },
  };
  const transport = deps.transport;
  if (!transport) return tasks;
  tasks[TASKS.sendEmail] = async (payload) => {
    const emailId = (payload as { emailId?: unknown } | null)?.emailId;
    // A malformed job is dropped, not retried: there is no message to send.
    if (!isUuid(emailId)) return console.error(`[email] send_email job without a message id: ${JSON.stringify(payload)}`);
    await deliverEmail(deps.db, emailId, { now: now(), transport });
  };
  tasks[TASKS.sweepEmails] = async () => {
    const at = now();
    // A job locked for longer than a send's lease belongs to a runner that died mid-send.
    const ids = await queueOrphanEmails(deps.db, at, new Date(at.getTime() - LEASE_MS), SWEEP_LIMIT);
    if (ids.length > 0) console.info(`[email] queued ${ids.length} pending e-mail(s) that had no job`);
  };
  return tasks;
}

/**
 * The schedule. Each item has a job key, so a late run is replaced by the next tick instead of
 * piling up; retention also catches up on the last hour missed while every instance was down.
 */
export function jobSchedule(withEmail: boolean): ParsedCronItem[] {
  const items: CronItem[] = [
    { task: TASKS.queueReminders, match: '* * * * *', options: { jobKey: TASKS.queueReminders } },
    { task: TASKS.applyRetention, match: '0 * * * *', options: { jobKey: TASKS.applyRetention, backfillPeriod: 3600_000 } },
  ];
  if (withEmail) items.push({ task: TASKS.sweepEmails, match: '*/5 * * * *', options: { jobKey: TASKS.sweepEmails } });
  return parseCronItems(items);
}
