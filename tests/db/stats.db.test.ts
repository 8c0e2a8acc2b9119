// The tour's statistics on a fixture with known numbers (tests/support/stats.ts), in an edition
// (2041) that the seed and no other test uses: every assertion is filtered by it.
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseRegistrations } from '@/db/queries/privacy';
import { registrations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { exportStatisticsTable } from '@/lib/stats/export';
import { getTourStatistics, type TourStatistics } from '@/lib/stats/tour-statistics';
import { createUser, testDatabase } from '../support/db';
import { EDITION, now, setupStatsFixture } from '../support/stats';

const { sql: client, db } = testDatabase();
afterAll(() => client.end());

let fixture: Awaited<ReturnType<typeof setupStatsFixture>>;
let national: CurrentUser;
let partner: CurrentUser;
let stats: TourStatistics;

beforeAll(async () => {
  fixture = await setupStatsFixture(db);
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
