// The invented pratiques inspirantes of the seed: marked as invented, spread over themes, regions
// and states of moderation, never linked to the real Occitanie event, and seeded once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase, type SeedReport } from '@/db/seed';
import { emptyDatabase, type EmptyDatabase } from '../support/own-database';

const NOW = new Date('2025-03-05T09:00:00Z');
let fresh: EmptyDatabase;
let first: SeedReport;
let second: SeedReport;

type Row = { slug: string; status: string; summary: string; themes: string[]; overseas: boolean; region: string };

beforeAll(async () => {
  fresh = await emptyDatabase('seedpractices', 2);
  await migrateDatabase(fresh.url);
  first = await seedDatabase(fresh.db, { now: NOW, demoAccounts: false });
  second = await seedDatabase(fresh.db, { now: NOW, demoAccounts: false });
});

afterAll(async () => {
  await fresh?.drop();
});

const rows = () => fresh.sql<Row[]>`
  SELECT p.slug, p.status, p.summary, p.themes::text[] AS themes, r.overseas, r.code AS region
  FROM practices p JOIN regions r ON r.id = p.region_id ORDER BY p.slug`;

describe('seeded practices', () => {
  it('creates at least fifteen practices once, and nothing the second time', async () => {
    expect(first.practicesCreated.length).toBeGreaterThanOrEqual(15);
    expect(second.practicesCreated).toEqual([]);
    expect((await rows()).length).toBe(first.practicesCreated.length);
  });

  it('marks every one "Exemple fictif" and spreads them over themes, regions and states', async () => {
    const all = await rows();
    for (const p of all) expect(p.summary).toContain('Exemple fictif');
    const themes = new Set(all.flatMap((p) => p.themes));
    expect(themes.size).toBe(8);
    expect(all.filter((p) => p.overseas).length).toBeGreaterThanOrEqual(2);
    expect(new Set(all.map((p) => p.region)).size).toBeGreaterThanOrEqual(10);
    const states = new Set(all.map((p) => p.status));
    for (const s of ['published', 'submitted', 'changes_requested', 'declined', 'unpublished']) expect(states).toContain(s);
  });

  it('links published practices to invented and demo events only, never to the real Occitanie 2022 event', async () => {
    const links = await fresh.sql<{ event: string; status: string }[]>`
      SELECT e.slug AS event, p.status FROM practice_presentations pp
      JOIN practices p ON p.id = pp.practice_id
      JOIN agenda_items a ON a.id = pp.agenda_item_id JOIN events e ON e.id = a.event_id`;
    expect(links.length).toBeGreaterThanOrEqual(8);
    expect(links.map((l) => l.event)).not.toContain('occitanie-montpellier-2022-12-08');
    expect(links.some((l) => l.event.startsWith('demo-'))).toBe(true);
    expect(new Set(links.map((l) => l.status))).toEqual(new Set(['published']));
  });
});
