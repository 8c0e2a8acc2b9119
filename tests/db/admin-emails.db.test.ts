// The staff's e-mail page: the outbox filtered in SQL, and a new attempt for a failed message,
// audited, staff only.
//
// The delivery tests of tests/email/ deliver "as of" the early 2000s: a message put back in the
// queue here is due in 2099, so no worker of another test ever picks it up.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditEntries, outboundEmails, type OutboundEmail } from '@/db/schema';
import { parseEmailFilters } from '@/lib/admin/email-filters';
import { listOutboundEmails, retryFailedEmail } from '@/lib/admin/emails';
import type { AppError } from '@/lib/errors';
import { createUser, testDatabase } from '../support/db';

const { sql, db } = testDatabase();
afterAll(() => sql.end());
const now = new Date('2099-01-01T08:00:00Z');

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
}

async function email(to: string, status: OutboundEmail['status'], attempts = 0) {
  const [row] = await db
    .insert(outboundEmails)
    .values({
      kind: 'account_invitation',
      to,
      subject: 'Votre accès',
      text: 'Lien secret : https://example.org/invitation/abc',
      html: '<p>Lien</p>',
      status,
      attempts,
      nextAttemptAt: new Date('2099-06-01T00:00:00Z'),
      lastError: status === 'failed' ? 'ECONNREFUSED: connexion refusée' : null,
      sentAt: status === 'sent' ? new Date('2030-01-01T00:00:00Z') : null,
    })
    .returning();
  return row;
}

describe('outbox page', () => {
  it('filters by status and recipient, newest first, without the bodies', async () => {
    const staff = await createUser(db, { role: 'national' });
    const tag = randomUUID().slice(0, 8);
    await email(`a.${tag}@courriels.example.org`, 'sent');
    await email(`b.${tag}@courriels.example.org`, 'pending');
    const failed = await email(`c.${tag}@courriels.example.org`, 'failed', 10);
    const list = (params: Record<string, string>, pageSize?: number) => listOutboundEmails(staff.currentUser, parseEmailFilters(params), { pageSize }, db);

    const all = await list({ destinataire: `.${tag.toUpperCase()}@` });
    expect(all.emails.map((e) => e.to[0])).toEqual(['c', 'b', 'a']);
    expect(all.total).toBe(3);
    expect(all.emails[0]).not.toHaveProperty('text');
    expect(all.emails[0]).not.toHaveProperty('html');
    expect(all.emails[0]).toMatchObject({ id: failed.id, status: 'failed', attempts: 10, lastError: 'ECONNREFUSED: connexion refusée' });

    expect((await list({ destinataire: tag, statut: 'echec' })).emails.map((e) => e.id)).toEqual([failed.id]);
    expect((await list({ destinataire: tag, statut: 'envoye' })).emails.map((e) => e.to[0])).toEqual(['a']);
    expect((await list({ destinataire: tag, statut: 'en-attente' })).emails.map((e) => e.to[0])).toEqual(['b']);
    expect((await list({ destinataire: tag, type: 'password_reset' })).total).toBe(0);
    // A typed % is a percent sign, not a wildcard.
    expect((await list({ destinataire: `%${tag}` })).total).toBe(0);
    const second = await list({ destinataire: tag, page: '2' }, 2);
    expect([second.page, second.pageCount, second.emails.map((e) => e.to[0])]).toEqual([2, 2, ['a']]);
    expect(all.counts.failed).toBeGreaterThanOrEqual(1);
  });
});

describe('retryFailedEmail', () => {
  it('puts a failed message back in the queue, due now with its attempts reset, and audits it', async () => {
    const staff = await createUser(db, { role: 'national' });
    const failed = await email(`echec.${randomUUID().slice(0, 8)}@courriels.example.org`, 'failed', 10);
    expect(await retryFailedEmail(staff.currentUser, failed.id, { now }, db)).toEqual({ emailId: failed.id, to: failed.to, changed: true });
    const [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, failed.id));
    expect([row.status, row.attempts, row.nextAttemptAt]).toEqual(['pending', 0, now]);
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'outbound_email'), eq(auditEntries.entityId, failed.id)));
    expect(audit.map((a) => [a.userId, a.action, a.changes])).toEqual([
      [staff.id, 'retry', { status: { before: 'failed', after: 'pending' }, attempts: { before: 10, after: 0 } }],
    ]);

    // Now pending: nothing to retry.
    expect((await errorOf(retryFailedEmail(staff.currentUser, failed.id, { now }, db)))?.code).toBe('validation_failed');
  });

  it('refuses a sent or unknown message; two retries at once put it back once', async () => {
    const staff = await createUser(db, { role: 'national' });
    const sent = await email(`envoye.${randomUUID().slice(0, 8)}@courriels.example.org`, 'sent');
    expect((await errorOf(retryFailedEmail(staff.currentUser, sent.id, { now }, db)))?.message).toBe('Cet e-mail a déjà été envoyé.');
    expect((await errorOf(retryFailedEmail(staff.currentUser, randomUUID(), { now }, db)))?.code).toBe('not_found');
    expect((await errorOf(retryFailedEmail(staff.currentUser, 'x', { now }, db)))?.code).toBe('not_found');

    const failed = await email(`double.${randomUUID().slice(0, 8)}@courriels.example.org`, 'failed', 4);
    const results = await Promise.allSettled([1, 2, 3].map(() => retryFailedEmail(staff.currentUser, failed.id, { now }, db)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'outbound_email'), eq(auditEntries.entityId, failed.id)));
    expect(audit).toHaveLength(1);
  });

  it('[partner] is refused the list and the retry', async () => {
    const partner = await createUser(db, { role: 'partner', regionCodes: ['76'] });
    const failed = await email(`refus.${randomUUID().slice(0, 8)}@courriels.example.org`, 'failed', 10);
    expect((await errorOf(listOutboundEmails(partner.currentUser, { page: 1 }, undefined, db)))?.code).toBe('forbidden');
    expect((await errorOf(retryFailedEmail(partner.currentUser, failed.id, { now }, db)))?.code).toBe('forbidden');
    expect((await errorOf(retryFailedEmail(null, failed.id, { now }, db)))?.code).toBe('unauthorized');
    const [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, failed.id));
    expect(row.status).toBe('failed');
  });
});
