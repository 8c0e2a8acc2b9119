// The retention period, applied by the worker every hour: registrations of events that ended more
// than RETENTION_MONTHS ago lose their personal fields, and so do cancelled registrations once
// their event has ended (nobody can take the cancelled place back any more). Every count stays:
// status, organisation type, lunch, check-in, ateliers, the department of the postcode and the
// person key are kept.
import type { Database } from '@/db/connect';
import { anonymiseDueRegistrations, blankOutboundEmails, deleteManageLinksOf } from '@/db/queries/privacy';
import { recordAudit } from '@/lib/audit';
import { pruneRateLimits } from '@/lib/rate-limit';
import { retentionCutoff, retentionMonthsFromEnv } from './retention-period';
import { db as pool } from '@/db';

export { DEFAULT_RETENTION_MONTHS, retentionCutoff, retentionMonthsFromEnv } from './retention-period';

export type RetentionOptions = {
  now: Date;
  /** Default: RETENTION_MONTHS, or 12. */
  months?: number;
  /** Registrations per transaction (default 200): locks stay short. */
  batchSize?: number;
  /** Batches in one run at most (default 50); the next run goes on. */
  maxBatches?: number;
};

export type RetentionResult = { anonymised: number; batches: number; cutoff: Date };

/**
 * Anonymises what is due, batch after batch, each batch one transaction: the registrations' fields,
 * their private links (deleted) and their e-mails in the outbox (blanked), with one audit entry per
 * batch that names no one. Safe to run on several instances at once (rows are claimed with
 * SKIP LOCKED) and again (what is anonymised is not taken twice).
 */
export async function anonymiseExpiredRegistrations(options: RetentionOptions, db: Database = pool): Promise<RetentionResult> {
  const months = options.months ?? retentionMonthsFromEnv();
  const cutoff = retentionCutoff(options.now, months);
  const limit = options.batchSize ?? 200;
  const maxBatches = options.maxBatches ?? 50;
  let anonymised = 0;
  let batches = 0;
  while (batches < maxBatches) {
    const ids = await db.transaction(async (tx) => {
      const claimed = await anonymiseDueRegistrations(tx, { cutoff, now: options.now, limit });
      if (claimed.length === 0) return claimed;
      await deleteManageLinksOf(tx, claimed);
      await blankOutboundEmails(tx, { registrationIds: claimed });
      await recordAudit(tx, {
        userId: null,
        entity: 'retention',
        entityId: cutoff.toISOString(),
        action: 'anonymise',
        after: { registrations: claimed.length, retentionMonths: months },
      });
      return claimed;
    });
    if (ids.length === 0) break;
    batches++;
    anonymised += ids.length;
    if (ids.length < limit) break;
  }
  return { anonymised, batches, cutoff };
}

/**
 * The worker's hourly privacy pass: the retention period above, and the rate-limit counters of
 * past windows (their keys hold e-mail addresses in clear).
 */
export async function runPrivacyMaintenance(options: { now: Date }, db: Database = pool): Promise<RetentionResult> {
  const result = await anonymiseExpiredRegistrations(options, db);
  await pruneRateLimits(db, options.now);
  return result;
}
