// The migration that gives events their zone, run on a database holding events written
// before it: each takes its region's zone, and overseas events keep the hours they showed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '@/db/migrate';
import { emptyDatabase, type EmptyDatabase } from '../support/own-database';

const folder = mkdtempSync(path.join(tmpdir(), 'tour-migrations-'));
let fresh: EmptyDatabase;

beforeAll(async () => {
  fresh = await emptyDatabase('tzmig', 2);
  // The migrations as they were before this one.
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const at = journal.entries.findIndex((e: { tag: string }) => e.tag.endsWith('_meeting_time_zone'));
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  await migrate(fresh.db, { migrationsFolder: folder });

  await fresh.sql`INSERT INTO regions (code, name, capital, overseas) VALUES ('04', 'La Réunion', 'Saint-Denis', true), ('76', 'Occitanie', 'Toulouse', false)`;
  // Both were typed "9h30" in the editor, which read every time as Paris time (08:30Z in winter).
  for (const [slug, code] of [['reunion-2023', '04'], ['occitanie-2023', '76']]) {
    const [event] = await fresh.sql<{ id: string }[]>`
      INSERT INTO events (region_id, slug, title, edition, starts_at, ends_at, venue_name, venue_address, venue_postcode,
        venue_city, capacity, registration_opens_at, registration_closes_at, contact_email)
      SELECT id, ${slug}, 'Rencontre', 2023, '2023-11-16T08:30:00Z', '2023-11-16T15:00:00Z', '', '', '', 'Ville', 10,
        '2023-09-17T07:00:00Z', '2023-11-14T22:59:00Z', 'a@b.fr'
      FROM regions WHERE code = ${code} RETURNING id`;
    await fresh.sql`INSERT INTO agenda_items (event_id, kind, title, starts_at, ends_at, position)
      VALUES (${event.id}, 'welcome', 'Accueil', '2023-11-16T08:30:00Z', '2023-11-16T09:00:00Z', 0)`;
  }
  await migrateDatabase(fresh.url);
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await fresh?.drop();
});

const row = async (slug: string) => {
  const [event] = await fresh.sql<{ time_zone: string; starts_at: string; ends_at: string; opens: string; closes: string; item: string; sequence: number }[]>`
    SELECT e.time_zone, e.starts_at, e.ends_at, e.registration_opens_at AS opens, e.registration_closes_at AS closes,
      e.calendar_sequence AS sequence, (SELECT a.starts_at FROM agenda_items a WHERE a.event_id = e.id) AS item
    FROM events e WHERE e.slug = ${slug}`;
  return event;
};

/** The connection may hand timestamps back as strings. */
const iso = (value: Date | string) => new Date(value).toISOString();

describe('0004 event time zone', () => {
  it('gives an overseas event its zone and keeps the local hours it showed (9h30 Réunion = 05:30Z)', async () => {
    const event = await row('reunion-2023');
    expect(event.time_zone).toBe('Indian/Reunion');
    expect(iso(event.starts_at)).toBe('2023-11-16T05:30:00.000Z');
    expect(iso(event.ends_at)).toBe('2023-11-16T12:00:00.000Z');
    expect(iso(event.item)).toBe('2023-11-16T05:30:00.000Z');
    // 9h00 on 17 September and 23h59 on 14 November, now Réunion time.
    expect(iso(event.opens)).toBe('2023-09-17T05:00:00.000Z');
    expect(iso(event.closes)).toBe('2023-11-14T19:59:00.000Z');
    expect(event.sequence).toBe(0);
  });

  it('leaves a metropolitan event on Paris time, unmoved', async () => {
    const event = await row('occitanie-2023');
    expect(event.time_zone).toBe('Europe/Paris');
    expect(iso(event.starts_at)).toBe('2023-11-16T08:30:00.000Z');
    expect(iso(event.item)).toBe('2023-11-16T08:30:00.000Z');
  });
});
