// The reminder two days before an event, queued once per confirmed registration.
import type { Executor } from '@/db/connect';
import { claimReminderRegistrations } from '@/db/queries/reminders';
import { composeRegistrationEmail } from './registration-email';
import { enqueueEmail } from './outbox';
import { loadRegistrationEmailData } from './registration-data';
import { db as pool } from '@/db';

export const REMINDER_WINDOW_MS = 48 * 3600_000;
const BATCH_SIZE = 50;

export type QueueRemindersOptions = {
  now?: Date;
  /** Public address of the site, for the link to the event's page. */
  appUrl: string;
  /**
   * Gives the private manage link to put in the reminder, in the batch's transaction (a new link
   * has to be minted: only hashes of the old ones are stored). Without it, or when it returns
   * null, the reminder says the private link is in the confirmation e-mail.
   */
  manageUrl?: (tx: Executor, registrationId: string) => Promise<string | null>;
};

/**
 * Queues a registration_reminder for every confirmed registration of a published event starting
 * within 48 hours that has not had one. Each batch claims its registrations (reminder_queued_at)
 * and writes their e-mails in one transaction: a reminder is queued once, even with several
 * workers, and never lost if the batch fails. Returns how many were queued.
 */
export async function queueReminders(options: QueueRemindersOptions, db: Executor = pool): Promise<number> {
  const now = options.now ?? new Date();
  const appUrl = options.appUrl.replace(/\/+$/, '');
  const window = { from: now, until: new Date(now.getTime() + REMINDER_WINDOW_MS) };
  let queued = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const ids = await claimReminderRegistrations(tx, window, now, BATCH_SIZE);
      const batch = await loadRegistrationEmailData(tx, ids, {
        appUrl,
        manageUrl: (id) => (options.manageUrl ? options.manageUrl(tx, id) : null),
      });
      for (const data of batch) {
        await enqueueEmail(tx, await composeRegistrationEmail('registration_reminder', data, { appUrl, now }));
      }
      return ids.length;
    });
    queued += count;
    if (count < BATCH_SIZE) return queued;
  }
}
