// Moderation of the survey's answers: each transition, its e-mail in the outbox and its audit row;
// refusals (partners, other regions, bad input) that change nothing; two staff acting at once.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPracticeByLink } from '@/db/queries/practice-links';
import { auditEntries, outboundEmails, practices } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { declinePractice, editPracticeWording, publishPractice, requestPracticeChanges, unpublishPractice } from '@/lib/practices/moderation';
import { hashToken } from '@/lib/tokens';
import { createUser, testDatabase } from '../support/db';
import { errorOf } from '../support/accounts';
import { insertPractice, uniqueWord } from '../support/practices';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

let national: CurrentUser;
let otherNational: CurrentUser;
let occitanie: CurrentUser;
let bretagne: CurrentUser;
const now = new Date('2031-03-04T09:30:00Z');
const appUrl = 'https://tour.test.example.org';
const as = (user: CurrentUser) => ({ user, now, appUrl });

beforeAll(async () => {
  national = (await createUser(db, { role: 'national' })).currentUser;
  otherNational = (await createUser(db, { role: 'national' })).currentUser;
  occitanie = (await createUser(db, { role: 'partner', regionCodes: ['76'] })).currentUser;
  bretagne = (await createUser(db, { role: 'partner', regionCodes: ['53'] })).currentUser;
});

const submitted = (overrides: Parameters<typeof insertPractice>[1] = {}) =>
  insertPractice(db, { status: 'submitted', title: `Pratique ${uniqueWord()}`, publishedAt: null, ...overrides });

const reload = async (id: string) => (await db.select().from(practices).where(eq(practices.id, id)))[0];
const emailsTo = (to: string) => db.select().from(outboundEmails).where(eq(outboundEmails.to, to));
const auditOf = (id: string) =>
  db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'practice'), eq(auditEntries.entityId, id))).orderBy(auditEntries.id);

const wording = (overrides: Record<string, unknown> = {}) => ({
  title: 'Titre retravaillé par la modération',
  summary: 'Un résumé plus clair.',
  regionCode: '76',
  department: 'Hérault',
  communes: 'Montpellier',
  qpv: 'oui',
  qpvNames: 'La Paillade',
  themes: ['innover', 'habitants_qpv'],
  otherTheme: '',
  actors: 'Facilitateur, entreprises',
  context: 'Contexte',
  actions: 'Actions',
  results: 'Résultats',
  insertionHours: '1200',
  peopleHired: '',
  difficulties: '',
  reproduce: '',
  period: '2022',
  links: 'https://exemple.example.org/pratique\n',
  ...overrides,
});

describe('publish', () => {
  it('[national] publishes a submitted answer: status, publishedAt = now, an audit row', async () => {
    const p = await submitted();
    await expect(publishPractice(p.id, as(national), db)).resolves.toMatchObject({ status: 'published', effects: [{ kind: 'practice_changed', practiceId: p.id }] });
    const after = await reload(p.id);
    expect(after.status).toBe('published');
    expect(after.publishedAt?.toISOString()).toBe(now.toISOString());
    const [audit] = await auditOf(p.id);
    expect(audit).toMatchObject({ userId: national.id, action: 'publish', changes: { status: { before: 'submitted', after: 'published' } } });
  });

  it('refuses to publish an answer waiting for the respondent, a declined one or a published one', async () => {
    for (const status of ['changes_requested', 'declined', 'published'] as const) {
      const p = await submitted({ status, publishedAt: status === 'published' ? now : null });
      const error = await errorOf(publishPractice(p.id, as(national), db));
      expect(error?.code).toBe('validation_failed');
      expect(error?.message).toMatch(/n’est plus possible/);
      expect((await reload(p.id)).status).toBe(status);
    }
  });

  it('[partner Occitanie] cannot publish, even in their own region (forbidden, nothing changed)', async () => {
    const p = await submitted({ regionCode: '76' });
    expect((await errorOf(publishPractice(p.id, as(occitanie), db)))?.code).toBe('forbidden');
    expect((await errorOf(declinePractice(p.id, { message: 'Non', confirm: true }, as(occitanie), db)))?.code).toBe('forbidden');
    expect((await errorOf(requestPracticeChanges(p.id, { message: 'Précisez' }, as(occitanie), db)))?.code).toBe('forbidden');
    expect((await errorOf(editPracticeWording(p.id, wording(), as(occitanie), db)))?.code).toBe('forbidden');
    expect(await reload(p.id)).toMatchObject({ status: 'submitted', title: p.title });
    expect(await auditOf(p.id)).toEqual([]);
  });

  it('a draft or an unknown id is not found, even for national staff', async () => {
    const draft = await insertPractice(db, { status: 'draft', slug: null, submittedAt: null, publishedAt: null });
    expect((await errorOf(publishPractice(draft.id, as(national), db)))?.code).toBe('not_found');
    expect((await errorOf(publishPractice('00000000-0000-4000-8000-000000000000', as(national), db)))?.code).toBe('not_found');
    expect((await errorOf(publishPractice('pas-un-id', as(national), db)))?.code).toBe('not_found');
  });
});

describe('ask for changes', () => {
  it('[national] sends the message with a NEW private link that opens the answer; audited', async () => {
    const p = await submitted();
    const message = `Pouvez-vous chiffrer les heures ? ${uniqueWord()}`;
    await requestPracticeChanges(p.id, { message }, as(national), db);
    const after = await reload(p.id);
    expect(after).toMatchObject({ status: 'changes_requested', moderatorMessage: message });
    const [email] = await emailsTo(p.respondentEmail);
    expect(email).toMatchObject({ kind: 'practice_changes_requested', status: 'pending' });
    expect(email.subject).toContain(p.title);
    expect(email.text).toContain(message);
    const token = email.text.match(/\/enquete\/([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeTruthy();
    expect(email.html).toContain(`${appUrl}/enquete/${token}`);
    expect((await findPracticeByLink(db, hashToken(token!)))?.id).toBe(p.id);
    const [audit] = await auditOf(p.id);
    expect(audit.action).toBe('request_changes');
    expect(audit.changes.moderatorMessage).toEqual({ before: null, after: message });
    expect(JSON.stringify(audit.changes)).not.toContain(token);

    // Asked again (a new message): another link, the first one still works.
    await requestPracticeChanges(p.id, { message: 'Et les embauches ?' }, as(national), db);
    const emails = await emailsTo(p.respondentEmail);
    expect(emails).toHaveLength(2);
    const second = emails.map((e) => e.text.match(/\/enquete\/([A-Za-z0-9_-]{43})/)?.[1]).find((t) => t !== token);
    expect((await findPracticeByLink(db, hashToken(second!)))?.id).toBe(p.id);
    expect((await findPracticeByLink(db, hashToken(token!)))?.id).toBe(p.id);
  });

  it('refuses an empty message with a French message: nothing changed, no e-mail', async () => {
    const p = await submitted();
    const error = await errorOf(requestPracticeChanges(p.id, { message: '   ' }, as(national), db));
    expect(error?.code).toBe('validation_failed');
    expect(error?.fields?.message).toBe('Écrivez le message à envoyer à la personne qui a répondu.');
    expect((await reload(p.id)).status).toBe('submitted');
    expect(await emailsTo(p.respondentEmail)).toEqual([]);
  });
});

describe('decline', () => {
  it('[national] declines with the reason, e-mailed to the respondent; audited', async () => {
    const p = await submitted();
    await declinePractice(p.id, { message: 'Ce n’est pas une pratique de territoire.', confirm: true }, as(national), db);
    expect(await reload(p.id)).toMatchObject({ status: 'declined', declineReason: 'Ce n’est pas une pratique de territoire.' });
    const [email] = await emailsTo(p.respondentEmail);
    expect(email).toMatchObject({ kind: 'practice_declined' });
    expect(email.text).toContain('Ce n’est pas une pratique de territoire.');
    expect(email.text).not.toMatch(/\/enquete\//);
    expect((await auditOf(p.id)).map((a) => a.action)).toEqual(['decline']);
  });

  it('requires a reason and the confirmation: French messages, nothing changed', async () => {
    const p = await submitted();
    const empty = await errorOf(declinePractice(p.id, { message: '', confirm: true }, as(national), db));
    expect(empty?.fields?.message).toMatch(/Indiquez le motif du refus/);
    const unconfirmed = await errorOf(declinePractice(p.id, { message: 'Hors sujet' }, as(national), db));
    expect(unconfirmed?.fields?.confirm).toBe('Cochez la case pour confirmer le refus.');
    expect((await reload(p.id)).status).toBe('submitted');
    expect(await emailsTo(p.respondentEmail)).toEqual([]);
    expect(await auditOf(p.id)).toEqual([]);
  });
});

describe('unpublish', () => {
  it('[national] takes a published practice out with a reason kept in the audit; it can be published again', async () => {
    const p = await submitted({ status: 'published', publishedAt: new Date('2031-01-01T00:00:00Z') });
    await unpublishPractice(p.id, { message: 'Structure dissoute', confirm: true }, as(national), db);
    expect((await reload(p.id)).status).toBe('unpublished');
    const [audit] = await auditOf(p.id);
    expect(audit).toMatchObject({ action: 'withdraw', changes: { status: { before: 'published', after: 'unpublished' }, reason: { before: null, after: 'Structure dissoute' } } });
    await publishPractice(p.id, as(national), db);
    expect((await reload(p.id)).status).toBe('published');
    expect((await errorOf(unpublishPractice(p.id, { message: '', confirm: true }, as(national), db)))?.fields?.message).toBeTruthy();
  });
});

describe('edit the wording', () => {
  it('[national] changes the columns, keeps the respondent’s original, audits the fields changed', async () => {
    const original = { title: 'Titre du répondant', summary: 'Résumé du répondant', themes: ['innover'] };
    const p = await submitted({ title: 'Titre du répondant', original });
    await expect(editPracticeWording(p.id, wording(), as(national), db)).resolves.toEqual({ changed: true, effects: [{ kind: 'practice_changed', practiceId: p.id }] });
    const after = await reload(p.id);
    expect(after).toMatchObject({
      title: 'Titre retravaillé par la modération',
      qpv: true,
      qpvNames: 'La Paillade',
      themes: ['innover', 'habitants_qpv'],
      insertionHours: 1200,
      peopleHired: null,
      links: ['https://exemple.example.org/pratique'],
      original,
    });
    const [audit] = await auditOf(p.id);
    expect(audit.action).toBe('update');
    expect(audit.changes.title).toEqual({ before: 'Titre du répondant', after: 'Titre retravaillé par la modération' });
    await expect(editPracticeWording(p.id, wording(), as(national), db)).resolves.toEqual({ changed: false });
    expect(await auditOf(p.id)).toHaveLength(1);
  });

  it('refuses an unknown theme, an unknown region, an empty title: French messages, nothing changed', async () => {
    const p = await submitted();
    const theme = await errorOf(editPracticeWording(p.id, wording({ themes: ['astrologie'] }), as(national), db));
    expect(theme?.fields?.['themes.0']).toBe('Thème inconnu : choisissez dans la liste.');
    const region = await errorOf(editPracticeWording(p.id, wording({ regionCode: '99' }), as(national), db));
    expect(region?.fields?.regionCode).toBe('Région inconnue : choisissez dans la liste.');
    const title = await errorOf(editPracticeWording(p.id, wording({ title: ' ' }), as(national), db));
    expect(title?.fields?.title).toBe('Indiquez le titre de la pratique.');
    const figure = await errorOf(editPracticeWording(p.id, wording({ insertionHours: '-3' }), as(national), db));
    expect(figure?.fields?.insertionHours).toMatch(/nombre entier positif/);
    expect((await reload(p.id)).title).toBe(p.title);
    expect(await auditOf(p.id)).toEqual([]);
  });
});

describe('two staff at once', () => {
  it('publish and decline in parallel: exactly one wins, the other is told, one audit row, e-mails match', async () => {
    for (let round = 0; round < 5; round++) {
      const p = await submitted();
      const results = await Promise.allSettled([
        publishPractice(p.id, as(national), db),
        declinePractice(p.id, { message: 'Doublon', confirm: true }, as(otherNational), db),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason.code).toBe('validation_failed');
      const after = await reload(p.id);
      const audits = await auditOf(p.id);
      expect(audits).toHaveLength(1);
      const emails = await emailsTo(p.respondentEmail);
      if (after.status === 'published') expect(emails).toHaveLength(0);
      else expect(after.status).toBe('declined'), expect(emails).toHaveLength(1);
    }
  });

  it('two publishes in parallel: one publishes, one is refused', async () => {
    const p = await submitted();
    const results = await Promise.allSettled([publishPractice(p.id, as(national), db), publishPractice(p.id, as(otherNational), db)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await auditOf(p.id)).toHaveLength(1);
  });
});

describe('partners of another region', () => {
  it('[partner Bretagne] an Occitanie answer is not found, for every step', async () => {
    const p = await submitted({ regionCode: '76' });
    const { getModerationPractice } = await import('@/lib/practices/moderation-queue');
    const { commentPractice } = await import('@/lib/practices/moderation-comments');
    expect((await errorOf(getModerationPractice(bretagne, p.id, db)))?.code).toBe('not_found');
    expect((await errorOf(commentPractice(p.id, { body: 'Intrusion' }, as(bretagne), db)))?.code).toBe('not_found');
    await expect(getModerationPractice(occitanie, p.id, db)).resolves.toMatchObject({ canModerate: false, steps: [] });
  });
});
