// The tour's statistics on a fixture with known numbers, in an edition (2041) that the seed and
// no other test uses: every assertion is filtered by it, so nothing else can change a figure.
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkInSql,
  departmentCodeSql,
  departmentsSql,
  organisationTypesSql,
  regionEditionSql,
  repeatAttendeesSql,
  workshopFillSql,
  worldsSql,
  type StatsScope,
} from '@/db/queries/stats';
import { anonymiseRegistrations } from '@/db/queries/privacy';
import { registrations, workshopChoices, type OrganisationType, type Registration } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { DEPARTMENTS } from '@/lib/stats/departments';
import { exportStatisticsTable } from '@/lib/stats/export';
import { getTourStatistics, type TourStatistics } from '@/lib/stats/tour-statistics';
import { WORLD_MAPPING } from '@/lib/stats/worlds';
import { createEvent, createUser, testDatabase } from '../support/db';

const { sql: client, db } = testDatabase();
afterAll(() => client.end());

const EDITION = 2041;
/** Factories' clock: before every event, so that their registration windows are valid. */
const created = new Date('2041-01-01T09:00:00Z');
/** The statistics' clock: the March and April events have taken place, the September one not. */
const now = new Date('2041-06-15T12:00:00Z');

type Person = { email: string; type: OrganisationType; postcode: string };
type Slot = Awaited<ReturnType<typeof createEvent>>['slots'][number];

let tag = 0;
async function register(
  event: { id: string },
  person: Person,
  status: Registration['status'],
  options: { checkedIn?: boolean; choices?: [Slot, string][] } = {},
) {
  const [row] = await db
    .insert(registrations)
    .values({
      eventId: event.id,
      firstName: 'Test',
      lastName: `Statistiques ${++tag}`,
      email: person.email,
      organisation: 'Organisation de test',
      organisationType: person.type,
      postcode: person.postcode,
      consentAt: created,
      status,
      cancelledAt: status === 'cancelled' ? now : null,
      checkedInAt: options.checkedIn ? now : null,
    })
    .returning();
  for (const [slot, code] of options.choices ?? []) {
    const workshop = slot.workshops.find((w) => w.code === code)!;
    await db.insert(workshopChoices).values({ registrationId: row.id, slotId: slot.id, workshopId: workshop.id });
  }
  return row;
}

const suffix = Math.random().toString(36).slice(2, 8);
const email = (name: string) => `${name}.${suffix}@stats.example.org`;

/**
 * Occitanie (76): M1 on 7 March 2041 (taken place), M3 on 12 September 2041 (not yet), a cancelled
 * event (M4) and a draft. Bretagne (53): M2 on 18 April 2041 (taken place).
 * Alice comes to M1 and M2 (two regions; her e-mail in a different case) and to the cancelled M4;
 * Bruno comes to M1 and M3.
 */
async function setup() {
  const slot = (starts: string, ends: string, workshops: [string, number][]) => ({
    starts,
    ends,
    workshops: workshops.map(([code, capacity]) => ({ code, title: `Atelier ${code}`, capacity })),
  });
  const m1 = await createEvent(db, {
    now: created,
    date: '2041-03-07',
    regionCode: '76',
    title: 'Statistiques M1 Montpellier',
    slots: [slot('13:30', '14:30', [['A', 4], ['B', 10]]), slot('14:45', '15:45', [['C', 5], ['D', 5]])],
  });
  const m2 = await createEvent(db, {
    now: created,
    date: '2041-04-18',
    regionCode: '53',
    title: 'Statistiques M2 Rennes',
    slots: [slot('13:30', '14:30', [['A', 2], ['B', 4]])],
  });
  const m3 = await createEvent(db, {
    now: created,
    date: '2041-09-12',
    regionCode: '76',
    title: 'Statistiques M3 Toulouse',
    slots: [slot('13:30', '14:30', [['A', 10], ['B', 5]])],
  });
  const m4 = await createEvent(db, {
    now: created,
    date: '2041-05-16',
    regionCode: '76',
    status: 'cancelled',
    title: 'Statistiques M4 annulée',
    slots: [slot('13:30', '14:30', [['A', 2]])],
  });
  await createEvent(db, { now: created, date: '2041-10-10', regionCode: '76', status: 'draft', title: 'Statistiques brouillon' });

  const [s1a, s1b] = m1.slots;
  const [s2] = m2.slots;
  const [s3] = m3.slots;
  const [s4] = m4.slots;
  const alice = (variant: string): Person => ({ email: variant, type: 'collectivite', postcode: '34000' });
  const bruno: Person = { email: email('bruno'), type: 'bailleur_social', postcode: '31000' };
  const chloe: Person = { email: email('chloe'), type: 'entreprise', postcode: '31200' };
  const fanny: Person = { email: email('fanny'), type: 'facilitateur', postcode: '20090' };

  // M1, Occitanie, taken place: 5 confirmed (3 present), 1 waitlisted, 2 cancelled.
  await register(m1.event, alice(`Alice.Repeat.${suffix}@Stats.example.org`), 'confirmed', { checkedIn: true, choices: [[s1a, 'A'], [s1b, 'C']] });
  await register(m1.event, bruno, 'confirmed', { checkedIn: true, choices: [[s1a, 'A'], [s1b, 'C']] });
  await register(m1.event, chloe, 'confirmed', { choices: [[s1a, 'A'], [s1b, 'D']] });
  await register(m1.event, { email: email('damien'), type: 'siae', postcode: '97400' }, 'confirmed', { checkedIn: true, choices: [[s1a, 'B'], [s1b, 'D']] });
  await register(m1.event, { email: email('emma'), type: 'service_public_emploi', postcode: '' }, 'confirmed', { choices: [[s1a, 'A'], [s1b, 'C']] });
  await register(m1.event, fanny, 'waitlisted', { choices: [[s1a, 'B'], [s1b, 'C']] });
  // Cancelled, though once checked in and holding choices: they count nowhere.
  await register(m1.event, { email: email('gilles'), type: 'maitre_ouvrage', postcode: '20200' }, 'cancelled', { checkedIn: true, choices: [[s1a, 'A'], [s1b, 'C']] });
  await register(m1.event, { email: email('hugo'), type: 'association', postcode: '34070' }, 'cancelled');

  // M2, Bretagne, taken place: 3 confirmed (2 present), 1 waitlisted, 1 cancelled.
  await register(m2.event, { ...alice(`ALICE.REPEAT.${suffix}@STATS.EXAMPLE.ORG`), postcode: '35000' }, 'confirmed', { checkedIn: true, choices: [[s2, 'A']] });
  await register(m2.event, { email: email('ines'), type: 'etat_agence', postcode: '29200' }, 'confirmed', { choices: [[s2, 'A']] });
  await register(m2.event, { email: email('jules'), type: 'autre', postcode: '56100' }, 'confirmed', { checkedIn: true, choices: [[s2, 'B']] });
  await register(m2.event, { email: email('karim'), type: 'entreprise', postcode: '35000' }, 'waitlisted', { choices: [[s2, 'B']] });
  await register(m2.event, { email: email('lea'), type: 'bailleur_social', postcode: '98800' }, 'cancelled');

  // M3, Occitanie, not yet: 3 confirmed (one already marked present: not counted before the day), 1 waitlisted, 1 cancelled.
  await register(m3.event, bruno, 'confirmed', { choices: [[s3, 'A']] });
  await register(m3.event, { email: email('marc'), type: 'collectivite', postcode: '97100' }, 'confirmed', { checkedIn: true, choices: [[s3, 'A']] });
  await register(m3.event, { ...fanny, postcode: '20600' }, 'confirmed', { choices: [[s3, 'B']] });
  await register(m3.event, { email: email('nina'), type: 'siae', postcode: '99100' }, 'waitlisted', { choices: [[s3, 'A']] });
  await register(m3.event, chloe, 'cancelled');

  // M4, cancelled event: nothing of it counts.
  await register(m4.event, { ...alice(email('alice.repeat')), postcode: '75001' }, 'confirmed', { checkedIn: true, choices: [[s4, 'A']] });
  await register(m4.event, { email: email('olga'), type: 'maitre_ouvrage', postcode: '13001' }, 'confirmed', { checkedIn: true, choices: [[s4, 'A']] });

  return { m1, m2, m3, m4 };
}

let fixture: Awaited<ReturnType<typeof setup>>;
let national: CurrentUser;
let partner: CurrentUser;
let stats: TourStatistics;

beforeAll(async () => {
  fixture = await setup();
  national = (await createUser(db, { role: 'national' })).currentUser;
  partner = (await createUser(db, { regionCodes: ['76'] })).currentUser;
  stats = await getTourStatistics(national, { edition: EDITION }, { now }, db);
});

describe('getTourStatistics (edition 2041)', () => {
  it('refuses anyone but national staff', async () => {
    for (const [user, code] of [
      [null, 'unauthorized'],
      [partner, 'forbidden'],
    ] as const) {
      const error = await getTourStatistics(user, { edition: EDITION }, { now }, db).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(code);
    }
  });

  it('counts registrations and unique people per region, and the person of two regions once in the total', () => {
    const pick = ({ level, edition, regionCode, events, registrations, confirmed, waitlisted, people, attendees }: TourStatistics['totals']) => ({
      level,
      edition,
      regionCode,
      events,
      registrations,
      confirmed,
      waitlisted,
      people,
      attendees,
    });
    // Bretagne before Occitanie (by name); the cancelled event and the draft are not events of the tour.
    expect(stats.byRegion.map(pick)).toEqual([
      { level: 'region', edition: 2041, regionCode: '53', events: 1, registrations: 4, confirmed: 3, waitlisted: 1, people: 4, attendees: 3 },
      { level: 'region', edition: 2041, regionCode: '76', events: 2, registrations: 10, confirmed: 8, waitlisted: 2, people: 8, attendees: 7 },
    ]);
    // 4 + 8 = 12 people region by region, but Alice is one person: 11 for the tour.
    expect(pick(stats.totals)).toEqual({
      level: 'total',
      edition: null,
      regionCode: null,
      events: 3,
      registrations: 14,
      confirmed: 11,
      waitlisted: 3,
      people: 11,
      attendees: 9,
    });
  });

  it('counts organisation types, every type listed, shares of the 14 live registrations', () => {
    expect(stats.organisationTypes).toEqual([
      { type: 'collectivite', registrations: 3, people: 2, share: 3 / 14 },
      { type: 'bailleur_social', registrations: 2, people: 1, share: 2 / 14 },
      { type: 'entreprise', registrations: 2, people: 2, share: 2 / 14 },
      { type: 'siae', registrations: 2, people: 2, share: 2 / 14 },
      { type: 'facilitateur', registrations: 2, people: 1, share: 2 / 14 },
      { type: 'service_public_emploi', registrations: 1, people: 1, share: 1 / 14 },
      { type: 'etat_agence', registrations: 1, people: 1, share: 1 / 14 },
      { type: 'autre', registrations: 1, people: 1, share: 1 / 14 },
      // Only cancelled registrations or the cancelled event had these.
      { type: 'maitre_ouvrage', registrations: 0, people: 0, share: 0 },
      { type: 'association', registrations: 0, people: 0, share: 0 },
    ]);
  });

  it('derives departments from postcodes: overseas on three digits, Corsica 2A/2B, empty or unknown "not given"', () => {
    expect(stats.departments).toEqual([
      { code: '31', name: 'Haute-Garonne', registrations: 3, people: 2, share: 3 / 14 },
      { code: '35', name: 'Ille-et-Vilaine', registrations: 2, people: 2, share: 2 / 14 },
      { code: '29', name: 'Finistère', registrations: 1, people: 1, share: 1 / 14 },
      { code: '2A', name: 'Corse-du-Sud', registrations: 1, people: 1, share: 1 / 14 },
      { code: '2B', name: 'Haute-Corse', registrations: 1, people: 1, share: 1 / 14 },
      { code: '34', name: 'Hérault', registrations: 1, people: 1, share: 1 / 14 },
      { code: '56', name: 'Morbihan', registrations: 1, people: 1, share: 1 / 14 },
      { code: '971', name: 'Guadeloupe', registrations: 1, people: 1, share: 1 / 14 },
      { code: '974', name: 'La Réunion', registrations: 1, people: 1, share: 1 / 14 },
      // An empty postcode (M1) and 99100 (no such department, M3).
      { code: null, name: null, registrations: 2, people: 2, share: 2 / 14 },
    ]);
  });

  it('ranks ateliers by confirmed choices over capacity, across events', () => {
    const { m1, m2, m3 } = fixture;
    expect(stats.workshops.map((w) => [w.eventId, w.code, w.confirmed, w.capacity, w.fill, w.rank])).toEqual([
      [m1.event.id, 'A', 4, 4, 1, 1],
      [m2.event.id, 'A', 2, 2, 1, 1],
      [m1.event.id, 'C', 3, 5, 3 / 5, 3],
      [m1.event.id, 'D', 2, 5, 2 / 5, 4],
      [m2.event.id, 'B', 1, 4, 1 / 4, 5],
      [m3.event.id, 'A', 2, 10, 2 / 10, 6],
      [m3.event.id, 'B', 1, 5, 1 / 5, 6],
      [m1.event.id, 'B', 1, 10, 1 / 10, 8],
    ]);
    expect(stats.workshops[0]).toMatchObject({ title: 'Atelier A', eventTitle: 'Statistiques M1 Montpellier', regionName: 'Occitanie' });
    expect(stats.workshops[0].eventStartsAt.toISOString()).toBe(m1.event.startsAt.toISOString());
    expect(stats.workshops[0].slotStartsAt.toISOString()).toBe(m1.slots[0].startsAt.toISOString());
  });

  it('shares confirmed attendees among the four worlds (and "autre")', () => {
    expect(stats.worlds).toEqual([
      { world: 'emploi', attendees: 4, people: 4, share: 4 / 11 },
      { world: 'habitat', attendees: 2, people: 1, share: 2 / 11 },
      { world: 'politique_ville', attendees: 4, people: 3, share: 4 / 11 },
      { world: 'renouvellement_urbain', attendees: 0, people: 0, share: 0 },
      { world: 'autre', attendees: 1, people: 1, share: 1 / 11 },
    ]);
  });

  it('computes the check-in rate of the events that have taken place, each and overall', () => {
    const { m1, m2 } = fixture;
    expect(stats.checkIn.events.map((m) => [m.eventId, m.confirmed, m.checkedIn, m.rate])).toEqual([
      [m1.event.id, 5, 3, 3 / 5],
      [m2.event.id, 3, 2, 2 / 3],
    ]);
    expect(stats.checkIn.events[1]).toMatchObject({ eventTitle: 'Statistiques M2 Rennes', regionName: 'Bretagne' });
    expect(stats.checkIn.overall).toMatchObject({ eventId: null, confirmed: 8, checkedIn: 5, rate: 5 / 8 });
  });

  it('finds the people confirmed at two events or more (by person, whatever the case of the e-mail)', () => {
    expect(stats.repeatAttendees).toEqual({
      people: 9,
      repeat: 2,
      share: 2 / 9,
      distribution: [
        { events: 1, people: 7, share: 7 / 9 },
        { events: 2, people: 2, share: 2 / 9 },
      ],
    });
  });

  it('narrows every figure to one region', async () => {
    const occitanie = await getTourStatistics(national, { edition: EDITION, regionCode: '76' }, { now }, db);
    expect(occitanie.filters).toEqual({ edition: EDITION, regionCode: '76' });
    expect(occitanie.byRegion.map((r) => r.regionCode)).toEqual(['76']);
    expect(occitanie.totals).toMatchObject({ events: 2, registrations: 10, people: 8, attendees: 7 });
    expect(occitanie.checkIn.overall).toMatchObject({ confirmed: 5, checkedIn: 3, rate: 3 / 5 });
    // Alice came once to Occitanie: only Bruno is a repeat attendee there.
    expect(occitanie.repeatAttendees).toMatchObject({ people: 7, repeat: 1, share: 1 / 7 });
    expect(occitanie.worlds.map((w) => w.attendees)).toEqual([4, 2, 2, 0, 0]);
  });

  it('ignores an unknown region and gives zeros for an edition without events', async () => {
    const unknown = await getTourStatistics(national, { edition: EDITION, regionCode: 'ZZ' }, { now }, db);
    expect(unknown.filters).toEqual({ edition: EDITION });
    expect(unknown.totals.people).toBe(11);
    const empty = await getTourStatistics(national, { edition: 2099 }, { now }, db);
    expect(empty.byRegion).toEqual([]);
    expect(empty.totals).toMatchObject({ events: 0, registrations: 0, people: 0 });
    expect(empty.checkIn).toEqual({ events: [], overall: expect.objectContaining({ confirmed: 0, checkedIn: 0, rate: null }) });
    expect(empty.repeatAttendees).toEqual({ people: 0, repeat: 0, share: null, distribution: [] });
    expect(empty.organisationTypes.every((t) => t.registrations === 0 && t.share === null)).toBe(true);
    expect(empty.worlds.every((w) => w.attendees === 0 && w.share === null)).toBe(true);
    expect(empty.options.editions).toContain(EDITION);
  });
});

describe('departmentCodeSql', () => {
  it('reads departments from postcodes', async () => {
    const cases: [string, string | null][] = [
      ['34000', '34'],
      ['01000', '01'],
      ['20000', '2A'],
      ['20167', '2A'],
      ['20200', '2B'],
      ['20600', '2B'],
      ['97400', '974'],
      ['97600', '976'],
      ['98800', '988'],
      [' 75019 ', '75'],
      // What anonymisation keeps of a postcode.
      ['34', '34'],
      ['974', '974'],
      ['200', '2A'],
      ['202', '2B'],
      ['20', null],
      ['97', null],
      ['340', null],
      ['', null],
      ['7500', null],
      ['ABCDE', null],
    ];
    for (const [postcode, code] of cases) {
      const [row] = await db.execute<{ code: string | null }>(sql`SELECT ${departmentCodeSql(sql`${postcode}::text`)} AS code`);
      expect([postcode, row.code]).toEqual([postcode, code]);
    }
  });
});

describe('exportStatisticsTable', () => {
  it('writes a statistics table for French Excel, with the filters', async () => {
    const { filename, csv } = await exportStatisticsTable(national, 'regions', { edition: EDITION }, now, db);
    expect(filename).toBe('statistiques-regions-2041-2041-06-15.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      "Région;Édition;Rencontres;Inscriptions;Confirmées;Liste d'attente;Personnes uniques;Participants uniques (confirmés)",
      'Bretagne;2041;1;4;3;1;4;3',
      'Occitanie;2041;2;10;8;2;8;7',
      'Total;2041;3;14;11;3;11;9',
      '',
    ]);
    const presence = await exportStatisticsTable(national, 'presence', { edition: EDITION, regionCode: '53' }, now, db);
    expect(presence.filename).toBe('statistiques-presence-2041-region-53-2041-06-15.csv');
    expect(presence.csv.slice(1).split('\r\n')).toEqual([
      'Rencontre;Région;Date;Confirmés;Présents;Taux de présence (%)',
      'Statistiques M2 Rennes;Bretagne;18/04/2041;3;2;66,7',
      'Ensemble des rencontres passées;;;3;2;66,7',
      '',
    ]);
  });

  it('refuses a partner and an unknown table', async () => {
    await expect(exportStatisticsTable(partner, 'regions', {}, now, db)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(exportStatisticsTable(national, 'emails', {}, now, db)).rejects.toMatchObject({ code: 'not_found' });
  });
});

/** Every node of a JSON plan, depth first. */
function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}
type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };

/** How each plan node reading registrations gets its rows: the index and its condition, or a sequential scan. */
function registrationsAccess(plan: PlanNode): { node: string; index?: string; cond?: string }[] {
  return planNodes(plan)
    .filter((n) => n['Relation Name'] === 'registrations')
    .map((n) => {
      // A bitmap heap scan names its index on the bitmap index scan below it.
      const source = n['Node Type'] === 'Bitmap Heap Scan' ? planNodes(n).find((c) => c['Node Type'] === 'Bitmap Index Scan')! : n;
      return { node: n['Node Type'], index: source['Index Name'], cond: source['Index Cond'] };
    });
}

describe('statistics queries use the indexes of registrations', () => {
  const scope: StatsScope = { edition: EDITION };

  async function explain(query: ReturnType<typeof regionEditionSql>) {
    // With sequential scans priced out, the plan shows whether an index can serve the query at all:
    // on a few test rows the planner would rightly prefer reading the whole table.
    return db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const [row] = await tx.execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(sql`EXPLAIN (FORMAT JSON) ${query}`);
      return registrationsAccess(row['QUERY PLAN'][0].Plan);
    });
  }

  // Both indexes lead with event_id: registrations_event_status_idx (event_id, status, created_at)
  // and the partial registrations_live_email_key (event_id, lower(email)) WHERE status <> 'cancelled',
  // which the planner may prefer for live or confirmed rows since it leaves the cancelled ones out.
  const BY_EVENT = ['registrations_event_status_idx', 'registrations_live_email_key'];

  const perEvent = {
    'per region and edition': regionEditionSql(scope),
    'per region (one region)': regionEditionSql({ edition: EDITION, regionCode: '76' }),
    'check-in per event': checkInSql(scope, now),
    'organisation types': organisationTypesSql(scope),
    departments: departmentsSql(scope, DEPARTMENTS),
    worlds: worldsSql(scope, WORLD_MAPPING),
    'repeat attendees and events per person': repeatAttendeesSql(scope),
  };
  for (const [name, query] of Object.entries(perEvent)) {
    it(`${name}: reads registrations event by event through an index on event_id`, async () => {
      const access = await explain(query);
      expect(access.length).toBeGreaterThan(0);
      for (const a of access) {
        expect(a.node).not.toBe('Seq Scan');
        expect(BY_EVENT).toContain(a.index);
        expect(a.cond).toMatch(/\bevent_id = events\.id\b/);
      }
    });
  }

  it('atelier fill: reads the confirmed registrations of the choices by primary key', async () => {
    expect(await explain(workshopFillSql(scope))).toEqual([
      { node: 'Index Scan', index: 'registrations_pkey', cond: '(id = workshop_choices.registration_id)' },
    ]);
  });
});

// Last, as it changes the fixture: the retention period blanks personal fields and keeps the counts.
describe('statistics after anonymisation', () => {
  it('are the same once every registration of the edition is anonymised', async () => {
    const { m1, m2, m3, m4 } = fixture;
    const ids = (
      await db
        .select({ id: registrations.id })
        .from(registrations)
        .where(inArray(registrations.eventId, [m1.event.id, m2.event.id, m3.event.id, m4.event.id]))
    ).map((r) => r.id);
    expect(ids).toHaveLength(20);
    await anonymiseRegistrations(db, ids, now);
    const rows = await db.select().from(registrations).where(inArray(registrations.id, ids));
    expect(rows.every((r) => r.anonymisedAt !== null && r.email.endsWith('@invalid') && r.postcode.length <= 3)).toBe(true);
    // The filters' choices aside: tests running alongside may add editions meanwhile.
    const { options: _after, ...after } = await getTourStatistics(national, { edition: EDITION }, { now }, db);
    const { options: _before, ...before } = stats;
    expect(after).toEqual(before);
  });
});
