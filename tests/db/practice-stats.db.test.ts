// The figures of the pratiques inspirantes in the tour's statistics, computed on this file's own
// practices: each figure is read before and after they are added, and the difference checked (the
// seed's practices and those of other tests may be there too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practicePresentations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { exportStatisticsTable } from '@/lib/stats/export';
import { statisticsTable } from '@/lib/stats/tables';
import { getTourStatistics, type TourStatistics } from '@/lib/stats/tour-statistics';
import { createEvent, createUser, testDatabase } from '../support/db';
import { insertPractice, uniqueWord } from '../support/practices';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

// Guyane (03): the seed has no practice there; this file adds its own.
const REGION = '03';
const EDITION = 2043;
const now = new Date('2043-01-01T10:00:00Z');

let national: CurrentUser;
let before: TourStatistics;
let after: TourStatistics;
let titles: Record<string, string>;
let event: Awaited<ReturnType<typeof createEvent>>;

const regionRow = (s: TourStatistics) => s.practices.byRegion.find((r) => r.regionCode === REGION) ?? { received: 0, published: 0 };
const themeRow = (s: TourStatistics, theme: string) => s.practices.themes.find((t) => t.theme === theme)!;
const orgRow = (s: TourStatistics, type: string | null) => s.practices.organisationTypes.find((t) => t.type === type) ?? { received: 0, published: 0 };

beforeAll(async () => {
  national = (await createUser(db, { role: 'national' })).currentUser;
  before = await getTourStatistics(national, {}, { now }, db);
  const word = uniqueWord();
  titles = { a: `Stat A ${word}`, b: `Stat B ${word}`, c: `Stat C ${word}` };
  // Published, two themes; submitted, one theme; a draft (not received); declined (received).
  const a = await insertPractice(db, { regionCode: REGION, title: titles.a, themes: ['ess', 'suivi_heures'], respondentOrganisationType: 'siae' });
  await insertPractice(db, { regionCode: REGION, status: 'submitted', title: titles.b, themes: ['ess'], respondentOrganisationType: 'siae' });
  await insertPractice(db, { regionCode: REGION, status: 'draft', title: '', slug: null, themes: ['ess'], respondentOrganisationType: 'siae', consentPublicationAt: null });
  await insertPractice(db, { regionCode: REGION, status: 'declined', title: titles.c, themes: ['innover'], respondentOrganisationType: null });
  event = await createEvent(db, { now, regionCode: '76', date: '2043-03-12', title: `Rencontre des statistiques ${word}` });
  const slot = event.slots[0];
  const plenary = await db.query.agendaItems.findFirst({ where: (t, { and, eq }) => and(eq(t.eventId, event.event.id), eq(t.kind, 'welcome')) });
  await db.insert(practicePresentations).values([
    { practiceId: a.id, agendaItemId: slot.id, workshopId: slot.workshops[1].id },
    { practiceId: a.id, agendaItemId: plenary!.id, workshopId: null },
  ]);
  after = await getTourStatistics(national, {}, { now }, db);
});

describe('figures of the pratiques inspirantes', () => {
  it('counts answers received (not drafts) and published, in total and by region', () => {
    expect(after.practices.total.received - before.practices.total.received).toBe(3);
    expect(after.practices.total.published - before.practices.total.published).toBe(1);
    expect(regionRow(after).received - regionRow(before).received).toBe(3);
    expect(regionRow(after).published - regionRow(before).published).toBe(1);
    expect(after.practices.byRegion.find((r) => r.regionCode === REGION)!.regionName).toBe('Guyane');
  });

  it('counts a practice once in each of its themes, and by the respondent’s organisation type', () => {
    expect(themeRow(after, 'ess').received - themeRow(before, 'ess').received).toBe(2);
    expect(themeRow(after, 'ess').published - themeRow(before, 'ess').published).toBe(1);
    expect(themeRow(after, 'suivi_heures').received - themeRow(before, 'suivi_heures').received).toBe(1);
    expect(themeRow(after, 'innover').received - themeRow(before, 'innover').received).toBe(1);
    expect(themeRow(after, 'innover').published - themeRow(before, 'innover').published).toBe(0);
    // Every theme has its row, in the survey's order.
    expect(after.practices.themes.map((t) => t.theme)).toEqual(['innover', 'siae_handicap', 'ess', 'achats_responsables', 'entreprises', 'habitants_qpv', 'suivi_heures', 'autre']);
    expect(orgRow(after, 'siae').received - orgRow(before, 'siae').received).toBe(2);
    expect(orgRow(after, null).received - orgRow(before, null).received).toBe(1);
  });

  it('the region filter keeps that region’s answers only', async () => {
    const guyane = await getTourStatistics(national, { regionCode: REGION }, { now }, db);
    expect(guyane.practices.byRegion.map((r) => r.regionCode)).toEqual([REGION]);
    expect(guyane.practices.total).toEqual({ received: regionRow(after).received, published: regionRow(after).published });
  });

  it('lists where practices were presented (meeting, item or atelier, date), filtered by the meeting’s edition', async () => {
    const stats = await getTourStatistics(national, { edition: EDITION }, { now }, db);
    const table = statisticsTable(stats, 'pratiques-presentees');
    expect(table.rows.map((row) => row.cells)).toEqual([
      [titles.a, 'Publiée', 'Guyane', event.event.title, 'Occitanie', { date: event.event.startsAt }, 'Accueil-café'],
      [titles.a, 'Publiée', 'Guyane', event.event.title, 'Occitanie', { date: event.event.startsAt }, 'Atelier B : Atelier B'],
    ]);
    const other = await getTourStatistics(national, { edition: EDITION + 1 }, { now }, db);
    expect(other.practices.presentations).toEqual([]);
  });

  it('every table has its CSV file with the same rows', async () => {
    const { csv, filename } = await exportStatisticsTable(national, 'pratiques-themes', {}, now, db);
    expect(filename).toMatch(/^statistiques-pratiques-themes-toutes-editions-2043-01-01\.csv$/);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Thème;Réponses reçues;Pratiques publiées');
    expect(lines).toContain(`Accès des structures de l'ESS;${themeRow(after, 'ess').received};${themeRow(after, 'ess').published}`);
    const regions = statisticsTable(after, 'pratiques-regions');
    expect(regions.rows.at(-1)).toMatchObject({ total: true, cells: ['Total', after.practices.total.received, after.practices.total.published, expect.anything()] });
  });
});
