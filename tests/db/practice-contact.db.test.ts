// The contact form of a published practice on a real PostgreSQL: the message reaches the
// respondent through the outbox, never their address to the visitor; refused without their consent,
// for bad input, and past the rate limits.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { outboundEmails } from '@/db/schema';
import { sendPracticeContact, CONTACT_LIMITS } from '@/lib/practices/contact';
import { errorOf } from '../support/accounts';
import { testDatabase } from '../support/db';
import { insertPractice, uniqueWord } from '../support/practices';

const { sql, db } = testDatabase();

afterAll(async () => {
  await sql.end();
});

const now = new Date('2031-03-04T10:00:00Z');
const ctx = (ip = `203.0.113.${Math.floor(Math.random() * 250)}`) => ({ now, ip, appUrl: 'https://tour.example.org' });
const visitor = () => ({
  name: 'Léa Visiteuse',
  email: `lea.${randomUUID().slice(0, 8)}@example.org`,
  organisation: 'Ville de Test',
  message: 'Bonjour, nous voudrions reproduire votre démarche sur notre QPV. Pouvons-nous en parler ?',
});
const mailsTo = (to: string) => db.select().from(outboundEmails).where(eq(outboundEmails.to, to));

describe('contacting the structure behind a practice', () => {
  it('queues one e-mail to the respondent with the message and the visitor’s address to reply to', async () => {
    const practice = await insertPractice(db, { title: `Contact accepté ${uniqueWord()}`, consentContactAt: now });
    const sender = visitor();
    const answer = await sendPracticeContact(practice.slug!, sender, ctx(), db);
    expect(answer.message).toMatch(/transmis/);
    const mails = await mailsTo(practice.respondentEmail!);
    expect(mails).toHaveLength(1);
    expect(mails[0].kind).toBe('practice_contact');
    expect(mails[0].subject).toContain(practice.title);
    expect(mails[0].text).toContain(sender.message);
    expect(mails[0].text).toContain(sender.email);
    expect(mails[0].text).toContain(`https://tour.example.org/pratiques/${practice.slug}`);
  });

  it('refuses when the respondent did not agree to be contacted, and sends nothing', async () => {
    const practice = await insertPractice(db, { title: `Sans contact ${uniqueWord()}`, consentContactAt: null });
    const error = await errorOf(sendPracticeContact(practice.slug!, visitor(), ctx(), db));
    expect(error?.code).toBe('forbidden');
    expect(error?.message).toMatch(/pas souhaité être contactée/);
    expect(await mailsTo(practice.respondentEmail!)).toHaveLength(0);
  });

  it('answers not_found for an unpublished practice or an unknown slug', async () => {
    const hidden = await insertPractice(db, { status: 'submitted', consentContactAt: now });
    expect((await errorOf(sendPracticeContact(hidden.slug!, visitor(), ctx(), db)))?.code).toBe('not_found');
    expect((await errorOf(sendPracticeContact('pas-une-pratique-connue', visitor(), ctx(), db)))?.code).toBe('not_found');
    expect((await errorOf(sendPracticeContact('../../etc', visitor(), ctx(), db)))?.code).toBe('not_found');
    expect(await mailsTo(hidden.respondentEmail!)).toHaveLength(0);
  });

  it('gives a French message per field for bad input and sends nothing', async () => {
    const practice = await insertPractice(db, { consentContactAt: now });
    const error = await errorOf(sendPracticeContact(practice.slug!, { name: '', email: 'pas-une-adresse', message: 'trop court' }, ctx(), db));
    expect(error?.code).toBe('validation_failed');
    expect(Object.keys(error?.fields ?? {}).sort()).toEqual(['email', 'message', 'name']);
    expect(error?.fields?.message).toMatch(/20 caractères au moins/);
    expect((await errorOf(sendPracticeContact(practice.slug!, 'pas un objet', ctx(), db)))?.code).toBe('validation_failed');
    expect(await mailsTo(practice.respondentEmail!)).toHaveLength(0);
  });

  it('stops one visitor’s address after its hourly limit, from any IP, even when fired at once', async () => {
    const practice = await insertPractice(db, { consentContactAt: now });
    const sender = visitor();
    const tries = Array.from({ length: 10 }, (_, i) => sendPracticeContact(practice.slug!, sender, ctx(`198.51.100.${i + 1}`), db).then(() => 'sent', (e) => e.code));
    const results = await Promise.all(tries);
    expect(results.filter((r) => r === 'sent')).toHaveLength(CONTACT_LIMITS.perEmail.max);
    expect(results.filter((r) => r === 'rate_limited')).toHaveLength(10 - CONTACT_LIMITS.perEmail.max);
    expect(await mailsTo(practice.respondentEmail!)).toHaveLength(CONTACT_LIMITS.perEmail.max);
  });

  it('stops one IP after its hourly limit, whatever the addresses', async () => {
    const practice = await insertPractice(db, { consentContactAt: now });
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const results = [];
    for (let i = 0; i < CONTACT_LIMITS.perIp.max + 2; i++) {
      results.push(await sendPracticeContact(practice.slug!, visitor(), ctx(ip), db).then(() => 'sent', (e) => e.code));
    }
    expect(results.filter((r) => r === 'sent')).toHaveLength(CONTACT_LIMITS.perIp.max);
    expect(results.slice(-2)).toEqual(['rate_limited', 'rate_limited']);
  });
});
