// What moderation reads and what partners add: the queue (never a draft, a partner's regions only,
// counts per status, filters, pages past 50), one answer with its diff, comments and proposals.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, practiceComments, practices } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { commentPractice, proposePractice } from '@/lib/practices/moderation-comments';
import { getModerationPractice, listModerationQueue } from '@/lib/practices/moderation-queue';
import { createUser, testDatabase } from '../support/db';
import { errorOf } from '../support/accounts';
import { insertPractice, uniqueWord } from '../support/practices';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

let national: CurrentUser;
let occitanie: CurrentUser;
let bretagne: CurrentUser;
const now = new Date('2031-03-04T09:30:00Z');

beforeAll(async () => {
  national = (await createUser(db, { role: 'national' })).currentUser;
  occitanie = (await createUser(db, { role: 'partner', regionCodes: ['76'] })).currentUser;
  bretagne = (await createUser(db, { role: 'partner', regionCodes: ['53'] })).currentUser;
});

const page1 = { page: 1 };

describe('the queue', () => {
  it('never lists a draft; a partner sees their regions only; submitted answers come first', async () => {
    const word = uniqueWord();
    const draft = await insertPractice(db, { status: 'draft', slug: null, submittedAt: null, publishedAt: null, title: `Brouillon ${word}`, regionCode: '76' });
    const occ = await insertPractice(db, { status: 'submitted', publishedAt: null, title: `Occitanie ${word}`, regionCode: '76', themes: ['ess'] });
    const bzh = await insertPractice(db, { status: 'submitted', publishedAt: null, title: `Bretagne ${word}`, regionCode: '53', themes: ['ess'] });

    const all = await listModerationQueue(national, { ...page1, theme: 'ess' }, { pageSize: 500 }, db);
    const ids = all.rows.map((r) => r.id);
    expect(ids).toContain(occ.id);
    expect(ids).toContain(bzh.id);
    expect(ids).not.toContain(draft.id);
    const ranks = all.rows.map((r) => ['submitted', 'changes_requested', 'published', 'unpublished', 'declined'].indexOf(r.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const mine = await listModerationQueue(occitanie, { ...page1, theme: 'ess' }, { pageSize: 500 }, db);
    expect(mine.rows.map((r) => r.id)).toContain(occ.id);
    expect(mine.rows.map((r) => r.id)).not.toContain(bzh.id);
    expect(mine.rows.every((r) => r.regionName === 'Occitanie')).toBe(true);
    expect(mine.regions.map((r) => r.code)).toEqual(['76']);
    // A region filter outside theirs shows nothing of it.
    const peek = await listModerationQueue(occitanie, { ...page1, regionCode: '53' }, {}, db);
    expect(peek.rows).toEqual([]);
    expect(peek.total).toBe(0);
  });

  it('counts per status with the other filters, filters by status, and pages past 50', async () => {
    const theme = 'suivi_heures' as const;
    const before = await listModerationQueue(national, { ...page1, theme, regionCode: '84' }, {}, db);
    const base = new Map(before.counts.map((c) => [c.status, c.count]));
    for (let i = 0; i < 53; i++) await insertPractice(db, { status: 'submitted', publishedAt: null, title: `File ${i}`, regionCode: '84', themes: [theme] });
    await insertPractice(db, { status: 'declined', publishedAt: null, regionCode: '84', themes: [theme] });

    const first = await listModerationQueue(national, { ...page1, theme, regionCode: '84', status: 'submitted' }, {}, db);
    const counts = new Map(first.counts.map((c) => [c.status, c.count]));
    expect(counts.get('submitted')).toBe((base.get('submitted') ?? 0) + 53);
    expect(counts.get('declined')).toBe((base.get('declined') ?? 0) + 1);
    expect(first.total).toBe(counts.get('submitted'));
    expect(first.rows).toHaveLength(50);
    expect(first.pageCount).toBe(Math.ceil(first.total / 50));
    expect(first.rows.every((r) => r.status === 'submitted')).toBe(true);
    const second = await listModerationQueue(national, { page: 2, theme, regionCode: '84', status: 'submitted' }, {}, db);
    expect(second.rows.length).toBe(first.total - 50);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(first.total);
    // A page past the end shows the last one.
    expect((await listModerationQueue(national, { page: 99, theme, regionCode: '84', status: 'submitted' }, {}, db)).page).toBe(2);
  });
});

describe('one answer', () => {
  it('shows the diff against the respondent’s version, and the steps open to staff only', async () => {
    const p = await insertPractice(db, { status: 'submitted', publishedAt: null, title: 'Titre modéré', original: { title: 'Titre du répondant', summary: 'Résumé de la pratique de test.' } });
    const review = await getModerationPractice(national, p.id, db);
    expect(review.diff.find((d) => d.field === 'title')).toMatchObject({ changed: true, original: 'Titre du répondant', current: 'Titre modéré' });
    expect(review.diff.find((d) => d.field === 'summary')?.changed).toBe(false);
    expect(review.steps).toEqual(['publish', 'requestChanges', 'decline', 'edit']);
    expect(review.formValues).toMatchObject({ title: 'Titre modéré', regionCode: '76', insertionHours: '' });
    expect((await getModerationPractice(occitanie, p.id, db)).steps).toEqual([]);
    expect((await errorOf(getModerationPractice(bretagne, p.id, db)))?.code).toBe('not_found');
  });
});

describe('comments', () => {
  it('[partner Occitanie] comments an answer of their region; staff see it; audited', async () => {
    const p = await insertPractice(db, { status: 'submitted', publishedAt: null, regionCode: '76' });
    const body = `À présenter en atelier ${uniqueWord()}`;
    await commentPractice(p.id, { body }, { user: occitanie, now }, db);
    const review = await getModerationPractice(national, p.id, db);
    expect(review.comments.map((c) => c.body)).toEqual([body]);
    const [audit] = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'practice'), eq(auditEntries.entityId, p.id)));
    expect(audit).toMatchObject({ action: 'comment', userId: occitanie.id });
    const empty = await errorOf(commentPractice(p.id, { body: '  ' }, { user: occitanie, now }, db));
    expect(empty?.fields?.body).toBe('Écrivez votre commentaire.');
    expect(await db.select().from(practiceComments).where(eq(practiceComments.practiceId, p.id))).toHaveLength(1);
  });
});

describe('proposals', () => {
  const proposal = (overrides: Record<string, unknown> = {}) => ({
    title: `Pratique proposée ${uniqueWord()}`,
    regionCode: '76',
    themes: ['entreprises'],
    respondentName: 'Dominique Porteuse',
    respondentOrganisation: 'PLIE de test',
    respondentOrganisationType: 'facilitateur',
    respondentEmail: `porteuse.${uniqueWord()}@test.example.org`,
    consentPublication: true,
    ...overrides,
  });

  it('[partner Occitanie] proposes a practice of their region: submitted, origin partner, consent recorded, in the queue', async () => {
    const input = proposal();
    const { id } = await proposePractice(input, { user: occitanie, now }, db);
    const [row] = await db.select().from(practices).where(eq(practices.id, id));
    expect(row).toMatchObject({ status: 'submitted', origin: 'partner', proposedBy: occitanie.id, title: input.title, respondentEmail: input.respondentEmail, consentContactAt: null });
    expect(row.consentPublicationAt?.toISOString()).toBe(now.toISOString());
    expect(row.slug).toMatch(/^pratique-proposee-/);
    expect(row.original).toMatchObject({ title: input.title, themes: ['entreprises'] });
    const queue = await listModerationQueue(national, { page: 1, status: 'submitted', regionCode: '76' }, { pageSize: 500 }, db);
    expect(queue.rows.map((r) => r.id)).toContain(id);
  });

  it('refuses another region, a missing consent, an unknown theme: French messages, nothing written', async () => {
    const title = `Refusée ${uniqueWord()}`;
    const region = await errorOf(proposePractice(proposal({ title, regionCode: '53' }), { user: occitanie, now }, db));
    expect(region).toMatchObject({ code: 'forbidden', fields: { regionCode: 'Choisissez une de vos régions.' } });
    const consent = await errorOf(proposePractice(proposal({ title, consentPublication: false }), { user: occitanie, now }, db));
    expect(consent?.fields?.consentPublication).toBe('La personne doit avoir accepté la publication de sa pratique.');
    const theme = await errorOf(proposePractice(proposal({ title, themes: ['astrologie'] }), { user: occitanie, now }, db));
    expect(theme?.fields?.['themes.0']).toBe('Thème inconnu : choisissez dans la liste.');
    expect(await db.select().from(practices).where(eq(practices.title, title))).toEqual([]);
  });
});
