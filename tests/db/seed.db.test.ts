// The seed on a brand-new database, with a fixed clock: what it writes, and that a second run
// writes nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/db/migrate';
import { findPublicEventBySlug, findPublicEvents } from '@/db/queries/events';
import { events, regions } from '@/db/schema';
import { seedDatabase, type SeedReport } from '@/db/seed';
import { workshopSlots } from '@/lib/events/agenda';
import { toEventDetail, toPublicEvent } from '@/lib/events/model';
import { registrationState } from '@/lib/events/registration-window';
import { formatTimeRange, parisTime, toParisIso } from '@/lib/time';
import { emptyDatabase, type EmptyDatabase } from '../support/own-database';

// A Wednesday in early March: the demo events fall after the spring clock change.
const NOW = new Date('2025-03-05T09:00:00Z');
const OCCITANIE_SLUG = 'occitanie-montpellier-2022-12-08';

let fresh: EmptyDatabase;
let first: SeedReport;
let second: SeedReport;
let before: Snapshot;
let after: Snapshot;
let later: SeedReport;
let afterLater: Snapshot;

type Snapshot = { counts: Record<string, number>; eventsMd5: string };

async function snapshot(): Promise<Snapshot> {
  const tables = await fresh.sql<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await fresh.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM ${fresh.sql(table_name)}`;
    counts[table_name] = row.n;
  }
  const [row] = await fresh.sql<{ md5: string }[]>`
    SELECT md5(string_agg((to_jsonb(e) - 'created_at' - 'updated_at')::text, '|' ORDER BY e.slug)) AS md5 FROM events e`;
  return { counts, eventsMd5: row.md5 };
}

beforeAll(async () => {
  fresh = await emptyDatabase('seed', 2);
  await migrateDatabase(fresh.url);
  first = await seedDatabase(fresh.db, { now: NOW });
  before = await snapshot();
  second = await seedDatabase(fresh.db, { now: NOW });
  after = await snapshot();
  // Seeding again weeks later: the demo events exist already, nothing is added or moved.
  later = await seedDatabase(fresh.db, { now: new Date(NOW.getTime() + 40 * 86_400_000) });
  afterLater = await snapshot();
});

afterAll(async () => {
  await fresh?.drop();
});

describe('seedDatabase is idempotent', () => {
  it('creates the events the first time and nothing the second', () => {
    expect(first.regions).toBe(18);
    expect(first.eventsCreated).toContain(OCCITANIE_SLUG);
    expect(first.eventsCreated.length).toBe(before.counts.events);
    expect(second).toEqual({ regions: 18, eventsCreated: [], practicesCreated: [], accountsCreated: 0 });
    expect(first.accountsCreated).toBe(3);
  });

  it('leaves every table with the same number of rows and the events unchanged', () => {
    expect(Object.keys(after.counts).sort()).toEqual(Object.keys(before.counts).sort());
    expect(after.counts).toEqual(before.counts);
    expect(after.eventsMd5).toMatch(/^[0-9a-f]{32}$/);
    expect(after.eventsMd5).toBe(before.eventsMd5);
    // The seed fills the domain tables, not the accounts or the logs.
    for (const table of ['regions', 'events', 'agenda_items', 'workshops', 'speakers', 'registrations', 'workshop_choices']) {
      expect(after.counts[table], table).toBeGreaterThan(0);
    }
  });

  it('adds nothing when run again on a later day', () => {
    expect(later).toEqual({ regions: 18, eventsCreated: [], practicesCreated: [], accountsCreated: 0 });
    expect(afterLater).toEqual(before);
  });
});

describe('seed content', () => {
  it('has the 13 metropolitan and 5 overseas regions', async () => {
    const rows = await fresh.db.select().from(regions);
    expect(rows).toHaveLength(18);
    expect(rows.filter((r) => !r.overseas)).toHaveLength(13);
    expect(rows.filter((r) => r.overseas).map((r) => r.name).sort()).toEqual(
      ['Guadeloupe', 'Guyane', 'La Réunion', 'Martinique', 'Mayotte'].sort(),
    );
    expect(rows.find((r) => r.code === '76')).toMatchObject({ name: 'Occitanie', capital: 'Toulouse' });
    expect(rows.find((r) => r.code === '53')).toMatchObject({ name: 'Bretagne', capital: 'Rennes' });
  });

  it('has the real Occitanie 2022 event exactly as its programme', async () => {
    const [row] = await fresh.db.select().from(events).where(eq(events.slug, OCCITANIE_SLUG));
    expect(row).toMatchObject({
      title: "Rencontre régionale des acteurs de l'Occitanie",
      edition: 2022,
      status: 'published',
      venueName: 'Stade de la Mosson',
      venueAddress: '345 Av. de Heidelberg',
      venuePostcode: '34080',
      venueCity: 'Montpellier',
      contactEmail: 'ave@ville-emploi.asso.fr',
      lunchProvided: true,
    });
    expect(row.startsAt.toISOString()).toBe('2022-12-08T08:30:00.000Z');
    expect(row.endsAt.toISOString()).toBe('2022-12-08T15:30:00.000Z');
    expect(toParisIso(row.startsAt)).toBe('2022-12-08T09:30:00+01:00');
    expect(toParisIso(row.endsAt)).toBe('2022-12-08T16:30:00+01:00');
    expect(row.description).toContain('La rencontre du 8 décembre rassemblera');
    expect(row.description).not.toContain('Exemple fictif');

    const detail = toEventDetail((await findPublicEventBySlug(fresh.db, OCCITANIE_SLUG))!);
    expect(detail.region).toEqual({ code: '76', name: 'Occitanie' });
    expect(detail.agenda.map((a) => [formatTimeRange(new Date(a.startsAt), new Date(a.endsAt)), a.kind, a.title])).toEqual([
      ['9h30–10h00', 'welcome', 'Accueil-café'],
      ['10h00–10h15', 'plenary', 'Introduction'],
      ['10h15–10h30', 'presentation', 'Présentation du Tour de France de la clause sociale'],
      [
        '10h30–11h40',
        'round_table',
        "Table ronde « Une organisation régionale pour répondre aux objectifs nationaux sur l'achat durable »",
      ],
      ['11h40–12h00', 'presentation', "Présentation du Marché de l'Inclusion"],
      ['12h00–12h30', 'qa', 'Questions / Réponses'],
      ['12h30–13h30', 'meal', 'Déjeuner'],
      ['13h30–14h00', 'round_table', "Table ronde « L'emploi et l'insertion dans les quartiers prioritaires »"],
      ['14h00–15h00', 'workshop_slot', "Atelier d'une heure au choix"],
      ['15h15–16h15', 'workshop_slot', "Atelier d'une heure au choix"],
      ['16h15–16h30', 'closing', 'Clôture de la rencontre'],
    ]);

    const slots = workshopSlots(detail.agenda);
    expect(slots.map((s) => [s.number, formatTimeRange(new Date(s.startsAt), new Date(s.endsAt))])).toEqual([
      [1, '14h00–15h00'],
      [2, '15h15–16h15'],
    ]);
    expect(slots[0].workshops.map((w) => [w.code, w.title])).toEqual([
      ['A', 'Innover avec la clause sociale'],
      ['B', "Favoriser l'accès des structures de l'IAE et du handicap à la commande publique"],
      ['C', "Diversifier les outils et les pratiques pour développer l'accès des structures de l'ESS à la commande publique"],
    ]);
    expect(slots[1].workshops.map((w) => [w.code, w.title])).toEqual([
      ['D', "Mettre en place une démarche d'achats socialement et écologiquement responsable"],
      ['E', 'Mobiliser les entreprises dans le cadre de la clause sociale'],
      ['F', 'Repérer et mobiliser les habitants des QPV dans le cadre de la clause sociale'],
    ]);

    expect(detail.speakers).toEqual([
      {
        id: expect.any(String),
        name: 'Clara GIMENEZ',
        role: 'Vice-présidente de Montpellier Méditerranée Métropole déléguée à la Politique de la Ville et Cohésion sociale et Conseillère municipale de Montpellier',
        organisation: 'Montpellier Méditerranée Métropole',
      },
    ]);
  });

  it('says plainly that every other event is invented', async () => {
    const rows = await fresh.db.select({ slug: events.slug, description: events.description }).from(events);
    const others = rows.filter((r) => r.slug !== OCCITANIE_SLUG);
    expect(others.length).toBeGreaterThan(10);
    for (const r of others) expect(r.description, r.slug).toContain('Exemple fictif');
  });

  it('covers the 2021, 2022 and 2023 editions', async () => {
    const rows = await fresh.db.selectDistinct({ edition: events.edition }).from(events);
    const editions = rows.map((r) => r.edition);
    for (const year of [2021, 2022, 2023]) expect(editions).toContain(year);
  });

  it('has upcoming published events open for registration at the seed time, in Occitanie and Bretagne', async () => {
    const upcoming = (await findPublicEvents(fresh.db)).map(toPublicEvent).filter((e) => new Date(e.startsAt) > NOW);
    expect(upcoming.length).toBeGreaterThanOrEqual(3);
    const codes = upcoming.map((e) => e.region.code);
    expect(codes).toContain('76');
    expect(codes).toContain('53');

    const capacities: number[] = [];
    const small: { capacity: number; remaining: number }[] = [];
    for (const e of upcoming) {
      expect(registrationState(e, NOW), e.slug).toEqual({ open: true, full: false });
      const detail = toEventDetail((await findPublicEventBySlug(fresh.db, e.slug))!);
      const slots = workshopSlots(detail.agenda);
      expect(slots, e.slug).toHaveLength(2);
      for (const slot of slots) {
        expect(slot.workshops.length, e.slug).toBeGreaterThan(0);
        capacities.push(...slot.workshops.map((w) => w.capacity));
        small.push(...slot.workshops.filter((w) => w.capacity === 12));
      }
    }
    expect(capacities).toContain(12);
    // Nine demo attendees already hold a seat in the small atelier.
    expect(small.map((w) => w.remaining)).toEqual([3]);
  });

  it('dates the demo events from the injected clock, not from today', async () => {
    const upcoming = (await findPublicEvents(fresh.db)).map(toPublicEvent).filter((e) => new Date(e.startsAt) > NOW);
    const earliest = upcoming.map((e) => new Date(e.startsAt).getTime()).sort((a, b) => a - b)[0];
    // The first demo event is about four weeks after the seed time (the Thursday after +28 days).
    expect(earliest).toBeGreaterThanOrEqual(parisTime('2025-04-02', '00:00').getTime());
    expect(earliest).toBeLessThan(parisTime('2025-04-10', '00:00').getTime());
  });

  it('has a draft event that the public does not see', async () => {
    const drafts = await fresh.db.select({ slug: events.slug }).from(events).where(eq(events.status, 'draft'));
    expect(drafts.length).toBeGreaterThanOrEqual(1);
    const published = (await findPublicEvents(fresh.db)).map((e) => e.slug);
    for (const d of drafts) {
      expect(published).not.toContain(d.slug);
      expect(await findPublicEventBySlug(fresh.db, d.slug)).toBeNull();
    }
  });
});

describe('seeded overseas event', () => {
  it('keeps the local hours it showed: 9h30 in Saint-Denis is 05:30Z, on Réunion time', async () => {
    const [row] = await fresh.db.select().from(events).where(eq(events.slug, 'la-reunion-saint-denis-2023-11-16'));
    expect(row.timeZone).toBe('Indian/Reunion');
    expect(row.startsAt.toISOString()).toBe('2023-11-16T05:30:00.000Z');
    expect(toParisIso(row.startsAt, row.timeZone)).toBe('2023-11-16T09:30:00+04:00');
    const detail = toEventDetail((await findPublicEventBySlug(fresh.db, row.slug))!);
    expect(formatTimeRange(new Date(detail.agenda[0].startsAt), new Date(detail.agenda[0].endsAt), detail.timeZone)).toBe('9h30–10h00');
  });
});
