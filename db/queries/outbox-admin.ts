// SQL of the staff's e-mail page: the outbox filtered, newest first, without the bodies (they hold
// people's private links), and the lock taken before a failed message is sent again.
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { outboundEmails, registrations } from '../schema';

export type OutboxQuery = {
  status?: 'pending' | 'sent' | 'failed';
  kind?: string;
  /** Part of the recipient's address, any case. */
  recipient?: string;
};

/** LIKE's own wildcards typed by a person are taken literally. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function where(q: OutboxQuery): SQL | undefined {
  return and(
    q.status ? eq(outboundEmails.status, q.status) : undefined,
    q.kind ? eq(outboundEmails.kind, q.kind) : undefined,
    q.recipient ? sql`lower(${outboundEmails.to}) LIKE ${likePattern(q.recipient)}` : undefined,
  );
}

export async function findOutboxPage(tx: Executor, q: OutboxQuery, page: { limit: number; offset: number }) {
  return tx
    .select({
      id: outboundEmails.id,
      kind: outboundEmails.kind,
      to: outboundEmails.to,
      subject: outboundEmails.subject,
      status: outboundEmails.status,
      attempts: outboundEmails.attempts,
      lastError: outboundEmails.lastError,
      nextAttemptAt: outboundEmails.nextAttemptAt,
      sentAt: outboundEmails.sentAt,
      createdAt: outboundEmails.createdAt,
    })
    .from(outboundEmails)
    .where(where(q))
    .orderBy(desc(outboundEmails.createdAt), desc(outboundEmails.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countOutbox(tx: Executor, q: OutboxQuery): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(outboundEmails).where(where(q));
  return row.n;
}

/** How many messages in each status (the whole outbox). */
export async function countOutboxByStatus(tx: Executor) {
  return tx.select({ status: outboundEmails.status, n: count() }).from(outboundEmails).groupBy(outboundEmails.status);
}

/** One message, locked for the transaction, with the event of its registration if any. */
export async function lockOutboundEmail(tx: Executor, id: string) {
  const [row] = await tx
    .select({ id: outboundEmails.id, to: outboundEmails.to, status: outboundEmails.status, attempts: outboundEmails.attempts, eventId: registrations.eventId })
    .from(outboundEmails)
    .leftJoin(registrations, eq(registrations.id, outboundEmails.registrationId))
    .where(eq(outboundEmails.id, id))
    .for('update', { of: outboundEmails });
  return row ?? null;
}
