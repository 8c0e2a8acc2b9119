// The public collection on a real PostgreSQL: French search that forgives accents, case and plurals,
// ranked, with the matching words marked; filters; pagination; a trigram fallback for typos; and
// nothing but published practices, never an e-mail.
import { afterAll, describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START } from '@/db/queries/practices-search';
import { toApiPracticeDetail, toApiPracticePage } from '@/lib/practices/api';
import { PAGE_SIZE, parseCollectionFilters, searchCollection } from '@/lib/practices/collection';
import { getPublishedPractice } from '@/lib/practices/public';
import { testDatabase } from '../support/db';
import { insertPractice, uniqueWord } from '../support/practices';

const { sql, db } = testDatabase();

afterAll(async () => {
  await sql.end();
});

const search = (params: Record<string, string>) => searchCollection(parseCollectionFilters(params, ['76', '32', '53', '04']), db);

describe('French full-text search', () => {
  it('finds "École inclusive" from "ecole INCLUSIVES", published only, with the words marked', async () => {
    const w = uniqueWord();
    const published = await insertPractice(db, { title: `École inclusive des métiers ${w}`, summary: `Une école où chaque apprenti ${w} trouve sa place.` });
    await insertPractice(db, { title: `École inclusive en attente ${w}`, status: 'submitted' });
    await insertPractice(db, { title: `École inclusive dépubliée ${w}`, status: 'unpublished' });
    await insertPractice(db, { title: `École inclusive brouillon ${w}`, status: 'draft', slug: null, submittedAt: null });

    const page = await search({ q: `ecole INCLUSIVES ${w}` });
    expect(page.total).toBe(1);
    expect(page.practices.map((p) => p.slug)).toEqual([published.slug]);
    const marked = page.practices[0].snippet!.filter((p) => p.match).map((p) => p.text.toLowerCase());
    expect(marked).toContain('école');
    expect(page.practices[0].titleParts!.filter((p) => p.match).map((p) => p.text)).toEqual(['École', 'inclusive', w]);
    expect(page.practices[0].titleParts!.map((p) => p.text).join('')).toBe(published.title);
    expect(page.practices[0].snippet!.map((p) => p.text).join('')).not.toMatch(new RegExp(`[${MATCH_START}${MATCH_END}]`));
  });

  it('forgives plural and singular, and ranks a match in the title above one in the text', async () => {
    const w = uniqueWord();
    const inText = await insertPractice(db, { title: `Accompagner les habitants ${w}`, summary: 'Résumé.', context: 'Deux chantiers de réhabilitation ont ouvert.' });
    const inTitle = await insertPractice(db, { title: `Le chantier d’insertion ${w}`, summary: 'Résumé.' });
    const page = await search({ q: `chantiers ${w}` });
    expect(page.practices.map((p) => p.slug)).toEqual([inTitle.slug, inText.slug]);
  });

  it('takes words in any order and ignores what websearch syntax cannot parse', async () => {
    const w = uniqueWord();
    const row = await insertPractice(db, { title: `Suivi des heures d’insertion ${w}` });
    expect((await search({ q: `${w} heure` })).practices.map((p) => p.slug)).toEqual([row.slug]);
    expect((await search({ q: `"${w}" OR (heures -- ' \\` })).practices.map((p) => p.slug)).toContain(row.slug);
  });

  it('suggests close titles when a typo finds nothing', async () => {
    const w = uniqueWord();
    const row = await insertPractice(db, { title: `Passerelle entreprises ${w}` });
    const typo = `pasrelle ${w.slice(0, -1)}`;
    const page = await search({ q: typo });
    expect(page.total).toBe(0);
    expect(page.similar.map((p) => p.slug)).toContain(row.slug);
  });
});

describe('filters and pages', () => {
  it('filters by region, theme, organisation type and QPV', async () => {
    const w = uniqueWord();
    const a = await insertPractice(db, { title: `Alpha ${w}`, regionCode: '76', themes: ['ess'], respondentOrganisationType: 'siae', qpv: true });
    const b = await insertPractice(db, { title: `Beta ${w}`, regionCode: '32', themes: ['ess', 'entreprises'], respondentOrganisationType: 'collectivite', qpv: false });
    const c = await insertPractice(db, { title: `Gamma ${w}`, regionCode: '04', themes: ['suivi_heures'], respondentOrganisationType: 'siae', qpv: true });
    const slugs = async (params: Record<string, string>) => (await search({ q: w, ...params })).practices.map((p) => p.slug).sort();
    expect(await slugs({})).toEqual([a.slug, b.slug, c.slug].sort());
    expect(await slugs({ region: '32' })).toEqual([b.slug]);
    expect(await slugs({ theme: 'ess' })).toEqual([a.slug, b.slug].sort());
    expect(await slugs({ type: 'siae' })).toEqual([a.slug, c.slug].sort());
    expect(await slugs({ qpv: 'non' })).toEqual([b.slug]);
    expect(await slugs({ qpv: 'oui', region: '04' })).toEqual([c.slug]);
    // An unknown value is ignored, not an error: a shared link always opens.
    expect(await slugs({ theme: 'inconnu', region: 'ZZ' })).toEqual([a.slug, b.slug, c.slug].sort());
  });

  it('cuts the results in pages and counts them all', async () => {
    const w = uniqueWord();
    for (let i = 0; i < PAGE_SIZE + 3; i++) await insertPractice(db, { title: `Pratique ${i} ${w}` });
    const first = await search({ q: w });
    const second = await search({ q: w, page: '2' });
    const beyond = await search({ q: w, page: '3' });
    expect(first.total).toBe(PAGE_SIZE + 3);
    expect(first.practices).toHaveLength(PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    expect(second.practices).toHaveLength(3);
    expect(new Set([...first.practices, ...second.practices].map((p) => p.slug)).size).toBe(PAGE_SIZE + 3);
    expect(beyond.practices).toHaveLength(0);
    expect(beyond.total).toBe(PAGE_SIZE + 3);
  });

  it('lists the latest published first without a query', async () => {
    const w = uniqueWord();
    const older = await insertPractice(db, { title: `Ancienne ${w}`, publishedAt: new Date('2031-01-01T00:00:00Z') });
    const newer = await insertPractice(db, { title: `Récente ${w}`, publishedAt: new Date('2031-06-01T00:00:00Z') });
    const page = await search({});
    const slugs = page.practices.map((p) => p.slug);
    expect(slugs.indexOf(newer.slug!)).toBeLessThan(slugs.indexOf(older.slug!));
    expect(page.practices.every((p) => p.snippet === null)).toBe(true);
  });
});

describe('what the public may read', () => {
  it('gives one published practice with its content, never the respondent, and nothing for other states', async () => {
    const row = await insertPractice(db, {
      title: `Pratique détaillée ${uniqueWord()}`,
      respondentEmail: 'secret.repondant@test.example.org',
      respondentName: 'Dominique Secret',
      insertionHours: 12500,
      peopleHired: 14,
      links: ['https://exemple.fr/pratique'],
    });
    const practice = await getPublishedPractice(row.slug!, db);
    expect(practice?.title).toBe(row.title);
    expect(practice?.insertionHours).toBe(12500);
    const json = JSON.stringify([practice, toApiPracticeDetail(practice!, 'https://tour.example.org')]);
    expect(json).not.toContain('secret.repondant');
    expect(json).not.toContain('Dominique Secret');

    for (const status of ['submitted', 'changes_requested', 'declined', 'unpublished'] as const) {
      const hidden = await insertPractice(db, { status });
      expect(await getPublishedPractice(hidden.slug!, db)).toBeNull();
    }
    expect(await getPublishedPractice('pas-une-pratique', db)).toBeNull();
    expect(await getPublishedPractice('Invalide\u0000', db)).toBeNull();
  });

  it('shapes the list API as documented', async () => {
    const w = uniqueWord();
    const row = await insertPractice(db, { title: `API ${w}`, regionCode: '53', department: 'Ille-et-Vilaine (35)', qpv: true, themes: ['entreprises'] });
    const body = toApiPracticePage(await search({ q: w }), PAGE_SIZE, 'https://tour.example.org');
    expect(body).toEqual({
      practices: [
        {
          slug: row.slug,
          title: row.title,
          summary: row.summary,
          region: { code: '53', name: 'Bretagne' },
          themes: ['entreprises'],
          department: 'Ille-et-Vilaine (35)',
          qpv: true,
          url: `https://tour.example.org/pratiques/${row.slug}`,
        },
      ],
      total: 1,
      page: 1,
      pageSize: PAGE_SIZE,
    });
  });
});
