// The outbox for national staff: every e-mail the platform sent or tried to send, and a new
// attempt for one that failed. Bodies are not shown: they hold people's private links.
import type { Database, Executor } from '@/db/connect';
import { countOutbox, countOutboxByStatus, findOutboxPage, lockOutboundEmail } from '@/db/queries/outbox-admin';
import { recordAudit } from '@/lib/audit';
import { assertCan, type CurrentUser } from '@/lib/auth/permissions';
import { retryEmail } from '@/lib/email/deliver';
import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/events/manage/access';
import type { EmailFilters, EmailStatus } from './email-filters';
import { db as pool } from '@/db';

export const EMAIL_PAGE_SIZE = 50;

export async function listOutboundEmails(user: CurrentUser | null, filters: EmailFilters, options: { pageSize?: number } = {}, db: Executor = pool) {
  assertCan(user, 'emails:manage');
  const pageSize = options.pageSize ?? EMAIL_PAGE_SIZE;
  const query = { status: filters.status, kind: filters.kind, recipient: filters.recipient };
  const [total, byStatus] = await Promise.all([countOutbox(db, query), countOutboxByStatus(db)]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const emails = await findOutboxPage(db, query, { limit: pageSize, offset: (page - 1) * pageSize });
  const counts: Record<EmailStatus, number> = { pending: 0, sent: 0, failed: 0 };
  for (const row of byStatus) counts[row.status] = row.n;
  return { emails, total, page, pageCount, pageSize, counts };
}

export type OutboxEmailRow = Awaited<ReturnType<typeof listOutboundEmails>>['emails'][number];

/**
 * Puts a failed message back in the queue (due now, a fresh set of attempts) and writes it to the
 * audit trail. Only a failed message: a pending one is already on its way, a sent one is sent.
 */
export async function retryFailedEmail(user: CurrentUser | null, emailId: unknown, ctx: { now: Date } = { now: new Date() }, db: Database = pool) {
  assertCan(user, 'emails:manage');
  if (!isUuid(emailId)) throw new AppError('not_found', 'E-mail introuvable.');
  return db.transaction(async (tx) => {
    const email = await lockOutboundEmail(tx, emailId);
    if (!email) throw new AppError('not_found', 'E-mail introuvable.');
    if (email.status !== 'failed') {
      throw new AppError(
        'validation_failed',
        email.status === 'sent' ? 'Cet e-mail a déjà été envoyé.' : 'Cet e-mail est déjà en attente d’envoi : il n’y a rien à relancer.',
      );
    }
    // A message blanked by the retention or an erasure has no recipient left: it never goes out.
    if (!email.to) throw new AppError('validation_failed', 'Cet e-mail a été anonymisé : il ne peut plus être envoyé.');
    if (!(await retryEmail(tx, email.id, ctx.now))) throw new AppError('validation_failed', 'Cet e-mail n’est plus en échec.');
    await recordAudit(tx, {
      userId: user.id,
      entity: 'outbound_email',
      entityId: email.id,
      eventId: email.eventId,
      action: 'retry',
      before: { status: 'failed', attempts: email.attempts },
      after: { status: 'pending', attempts: 0 },
    });
    return { emailId: email.id, to: email.to, changed: true };
  });
}
