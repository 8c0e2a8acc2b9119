// The survey on a real PostgreSQL: a draft and its private link, the submission (slug, original,
// confirmation e-mail), refusals that change nothing, consent times, the closed survey, the answer
// sent back by moderation and submitted again, and 20 submissions of one title at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditEntries, outboundEmails, practiceLinks, practices, tourSettings } from '@/db/schema';
import { findSurveyAnswer, getSurveyAnswer, saveSurveyAnswer, startSurveyAnswer } from '@/lib/practices/survey';
import { expectAppError } from '../support/app-error';
import { ownDatabase, type OwnDatabase } from '../support/own-database';
import { uniqueWord } from '../support/practices';
import { surveyAnswer } from '../support/survey';

// A database of this file's own: it changes the tour's one settings row and counts every row, which
// other test files write at the same time on the shared one.
let own: OwnDatabase;
let db: OwnDatabase['db'];
beforeAll(async () => {
  own = await ownDatabase('practices');
  db = own.db;
}, 60_000);
const appUrl = 'https://tour.example.org';
const at = (iso: string) => ({ now: new Date(iso), appUrl, ip: null });
const T1 = '2030-03-02T09:00:00Z';
const T2 = '2030-03-05T16:30:00Z';

afterAll(async () => {
  expect(await own.drop()).toBe(true);
});
afterEach(async () => {
  await db.update(tourSettings).set({ surveyOpensAt: null, surveyClosesAt: null }).where(eq(tourSettings.id, 1));
});

const tokenIn = (text: string) => text.match(/\/enquete\/([A-Za-z0-9_-]{20,})/)?.[1];
const rowOf = async (id: string) => (await db.select().from(practices).where(eq(practices.id, id)))[0];
const emailsTo = (to: string) => db.select().from(outboundEmails).where(eq(outboundEmails.to, to)).orderBy(outboundEmails.createdAt);
async function counts() {
  const [[p], [e], [l], [a]] = await Promise.all([
    db.select({ n: count() }).from(practices),
    db.select({ n: count() }).from(outboundEmails),
    db.select({ n: count() }).from(practiceLinks),
    db.select({ n: count() }).from(auditEntries),
  ]);
  return { practices: p.n, emails: e.n, links: l.n, audit: a.n };
}

describe('draft, private link, submission', () => {
  it('keeps a draft with only an e-mail, e-mails its link, and the link submits it', async () => {
    const full = surveyAnswer();
    const draft = await startSurveyAnswer({ intent: 'draft', email: full.email, title: full.title, consentPublication: true }, at(T1), db);
    expect(draft.status).toBe('draft');
    const row = await rowOf(draft.id);
    expect(row).toMatchObject({ status: 'draft', origin: 'survey', slug: null, submittedAt: null, original: null, respondentEmail: full.email });
    expect(row.consentPublicationAt).toEqual(new Date(T1));

    const [draftEmail] = await emailsTo(full.email);
    expect(draftEmail.kind).toBe('practice_draft_link');
    expect(draftEmail.subject).toBe('Votre brouillon de pratique inspirante est enregistré');
    const token = tokenIn(draftEmail.text)!;
    expect(draftEmail.text).toContain(`${appUrl}/enquete/${token}`);
    expect((await findSurveyAnswer(token, db)).id).toBe(draft.id);
    const view = await getSurveyAnswer(token, { now: new Date(T2) }, db);
    expect(view).toMatchObject({ status: 'draft', editable: true });
    expect(view.values).toMatchObject({ email: full.email, title: full.title, consentPublication: true, regionCode: '' });

    const submitted = await saveSurveyAnswer(token, { ...full, intent: 'submit' }, at(T2), db);
    expect(submitted.status).toBe('submitted');
    const after = await rowOf(draft.id);
    expect(after.status).toBe('submitted');
    expect(after.slug).toBe(full.title.toLowerCase().replaceAll(' ', '-'));
    expect(after.submittedAt).toEqual(new Date(T2));
    expect(after.consentPublicationAt).toEqual(new Date(T1));
    expect(after).toMatchObject({ title: full.title, department: 'Hérault (34)', qpv: true, qpvNames: 'La Mosson', insertionHours: 12500, peopleHired: 42 });
    expect(after.themes).toEqual(['habitants_qpv', 'autre']);
    expect(after.original).toMatchObject({ title: full.title, respondentEmail: full.email, themes: ['habitants_qpv', 'autre'], links: full.links, regionId: after.regionId });

    const emails = await emailsTo(full.email);
    expect(emails.map((e) => e.kind)).toEqual(['practice_draft_link', 'practice_submitted']);
    expect(emails[1].subject).toBe('Votre pratique inspirante a bien été reçue');
    expect(emails[1].text).toContain(`« ${full.title} »`);
    const confirmationToken = tokenIn(emails[1].text)!;
    expect(confirmationToken).not.toBe(token);
    const opened = await getSurveyAnswer(confirmationToken, { now: new Date(T2) }, db);
    expect(opened).toMatchObject({ status: 'submitted', editable: false, slug: after.slug });
    await expectAppError(saveSurveyAnswer(token, { ...full, intent: 'submit' }, at(T2), db), 'forbidden');

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'practice'), eq(auditEntries.entityId, draft.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['save_draft', 'submit']);
  });

  it('submits at once from the API (origin api), whatever intent the body says', async () => {
    const answer = surveyAnswer({ intent: 'draft' });
    const result = await startSurveyAnswer(answer, { ...at(T1), origin: 'api' }, db);
    expect(result.status).toBe('submitted');
    expect(await rowOf(result.id)).toMatchObject({ origin: 'api', status: 'submitted' });
    const [email] = await emailsTo(answer.email);
    expect(email.kind).toBe('practice_submitted');
    expect((await findSurveyAnswer(tokenIn(email.text)!, db)).id).toBe(result.id);
  });

  it('an unknown or malformed token is not found', async () => {
    await expectAppError(findSurveyAnswer('x'.repeat(43), db), 'not_found');
    await expectAppError(findSurveyAnswer('../../etc', db), 'not_found');
  });
});

describe('slugs', () => {
  it('suffixes -2, -3 when the title is taken', async () => {
    const title = `Forum de l’emploi à Évry ${Date.now()}`;
    const a = await startSurveyAnswer(surveyAnswer({ title }), at(T1), db);
    const b = await startSurveyAnswer(surveyAnswer({ title }), at(T1), db);
    const c = await startSurveyAnswer(surveyAnswer({ title }), at(T1), db);
    const slugs = await Promise.all([a, b, c].map(async (r) => (await rowOf(r.id)).slug));
    const base = `forum-de-l-emploi-a-evry-${title.split(' ').pop()}`;
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`]);
  });

  it('20 submissions of the same title at once get 20 distinct slugs', async () => {
    const title = `Une clause pour tous ${uniqueWord()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => startSurveyAnswer(surveyAnswer({ title }), at(T1), db)));
    const rows = await Promise.all(results.map((r) => rowOf(r.id)));
    const slugs = rows.map((r) => r.slug!);
    expect(new Set(slugs).size).toBe(20);
    const base = slugs.find((s) => !/-\d+$/.test(s))!;
    expect(slugs.sort()).toEqual([base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)].sort());
  });
});

describe('refusals change nothing', () => {
  it('an incomplete submission: French messages per field, no row, no e-mail, no link', async () => {
    const before = await counts();
    const error = await expectAppError(
      startSurveyAnswer(surveyAnswer({ title: '', themes: ['autre'], otherTheme: '', qpv: true, qpvNames: '', insertionHours: -3, links: ['javascript:alert(1)'], consentPublication: false }), at(T1), db),
      'validation_failed',
    );
    expect(error.message).toBe('Certaines réponses sont à compléter ou à corriger.');
    expect(error.fields).toMatchObject({
      title: 'Donnez un titre à la pratique.',
      otherTheme: 'Précisez l’autre thème.',
      qpvNames: 'Indiquez le ou les quartiers concernés.',
      insertionHours: expect.stringContaining('nombre entier positif'),
      'links.0': expect.stringContaining('https://'),
      consentPublication: 'Votre accord est nécessaire pour que la pratique puisse être publiée.',
    });
    const draftError = await expectAppError(startSurveyAnswer({ intent: 'draft', email: 'pas-une-adresse' }, at(T1), db), 'validation_failed');
    expect(draftError.fields?.email).toMatch(/adresse e-mail valide/);
    const tooLong = await expectAppError(startSurveyAnswer({ intent: 'draft', email: 'a@b.fr', context: 'x'.repeat(5001) }, at(T1), db), 'validation_failed');
    expect(tooLong.fields?.context).toBe('Le contexte : 5000 caractères au plus.');
    const region = await expectAppError(startSurveyAnswer(surveyAnswer({ regionCode: '99' }), at(T1), db), 'validation_failed');
    expect(region.fields).toEqual({ regionCode: 'Choisissez une région de la liste.' });
    expect(await counts()).toEqual(before);
  });

  it('a closed survey refuses new answers and drafts, saying when in French', async () => {
    const draft = await startSurveyAnswer({ intent: 'draft', email: surveyAnswer().email }, at(T1), db);
    const [email] = await emailsTo((await rowOf(draft.id)).respondentEmail);
    await db.update(tourSettings).set({ surveyOpensAt: new Date('2030-01-01T08:00:00Z'), surveyClosesAt: new Date('2030-03-31T21:59:00Z') }).where(eq(tourSettings.id, 1));
    const before = await counts();
    const closed = await expectAppError(startSurveyAnswer(surveyAnswer(), at('2030-04-02T10:00:00Z'), db), 'survey_closed');
    expect(closed.message).toBe('L’enquête est close depuis le 31 mars 2030 à 23h59. Les réponses ne sont pas acceptées en dehors de cette période.');
    expect(closed.status).toBe(409);
    const early = await expectAppError(startSurveyAnswer(surveyAnswer(), at('2029-12-31T10:00:00Z'), db), 'survey_closed');
    expect(early.message).toMatch(/^L’enquête ouvrira le 1er janvier 2030 à 9h00 et restera ouverte jusqu’au 31 mars 2030 à 23h59\./);
    await expectAppError(saveSurveyAnswer(tokenIn(email.text)!, surveyAnswer(), at('2030-04-02T10:00:00Z'), db), 'survey_closed');
    expect(await counts()).toEqual(before);
    expect((await getSurveyAnswer(tokenIn(email.text)!, { now: new Date('2030-04-02T10:00:00Z') }, db)).editable).toBe(false);
  });
});

describe('consents and changes asked by moderation', () => {
  it('records each consent with its time, and forgets a withdrawn one', async () => {
    const answer = surveyAnswer({ consentContact: true });
    const draft = await startSurveyAnswer({ ...answer, intent: 'draft', consentPublication: false }, at(T1), db);
    expect(await rowOf(draft.id)).toMatchObject({ consentPublicationAt: null, consentContactAt: new Date(T1) });
    await saveSurveyAnswer(draft.token, { ...answer, intent: 'draft', consentContact: false }, at(T2), db);
    expect(await rowOf(draft.id)).toMatchObject({ consentPublicationAt: new Date(T2), consentContactAt: null });
  });

  it('an answer sent back is edited in the respondent’s version and submitted again into both', async () => {
    const answer = surveyAnswer();
    const first = await startSurveyAnswer(answer, at(T1), db);
    const { slug } = await rowOf(first.id);
    // Moderation rewords the title and asks for changes.
    await db.update(practices).set({ status: 'changes_requested', title: 'Titre revu par la modération', moderatorMessage: 'Précisez les heures réalisées.' }).where(eq(practices.id, first.id));
    const view = await getSurveyAnswer(first.token, { now: new Date(T2) }, db);
    expect(view).toMatchObject({ status: 'changes_requested', editable: true, moderatorMessage: 'Précisez les heures réalisées.' });
    expect(view.values).toMatchObject({ title: answer.title, insertionHours: '12500', regionCode: '76', qpv: true });

    await expectAppError(saveSurveyAnswer(first.token, { ...answer, intent: 'draft' }, at(T2), db), 'validation_failed');
    const again = await saveSurveyAnswer(first.token, { ...answer, insertionHours: '13 000'.replace(' ', ''), intent: 'submit' }, at(T2), db);
    expect(again.status).toBe('submitted');
    const row = await rowOf(first.id);
    expect(row).toMatchObject({ status: 'submitted', slug, title: answer.title, insertionHours: 13000, moderatorMessage: 'Précisez les heures réalisées.', submittedAt: new Date(T2) });
    expect(row.original).toMatchObject({ title: answer.title, insertionHours: 13000 });
    const emails = await emailsTo(answer.email);
    expect(emails.map((e) => e.subject)).toEqual(['Votre pratique inspirante a bien été reçue', 'Votre pratique inspirante modifiée a bien été reçue']);
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, first.id), eq(auditEntries.action, 'resubmit')));
    expect(audit).toHaveLength(1);
  });
});

describe('rate limit', () => {
  it('refuses the 21st write from one address within the window', async () => {
    const ctx = { ...at(T1), ip: '203.0.113.77' };
    for (let i = 0; i < 20; i++) await startSurveyAnswer({ intent: 'draft', email: surveyAnswer().email }, ctx, db);
    const error = await expectAppError(startSurveyAnswer({ intent: 'draft', email: surveyAnswer().email }, ctx, db), 'rate_limited');
    expect(error.details?.retryAfter).toBe(600);
  });
});
