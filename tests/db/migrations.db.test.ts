// The migrations build the whole schema on a brand-new empty database, and running them again
// changes nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder } from '@/db/migrate';
import { emptyDatabase, type EmptyDatabase } from '../support/own-database';

const EXPECTED_TABLES = [
  'agenda_item_speakers',
  'agenda_items',
  'audit_entries',
  'events',
  'manage_links',
  'outbound_emails',
  'partner_regions',
  'practice_comments',
  'practice_links',
  'practice_presentations',
  'practices',
  'rate_limits',
  'regions',
  'registrations',
  'speakers',
  'tour_settings',
  'user_tokens',
  'users',
  'workshop_choices',
  'workshop_speakers',
  'workshops',
];

let fresh: EmptyDatabase;
let tablesBeforeMigrating: string[];

beforeAll(async () => {
  fresh = await emptyDatabase('migrations', 2);
  tablesBeforeMigrating = await publicTables();
  await migrateDatabase(fresh.url);
});

afterAll(async () => {
  // Nothing is left behind on the server.
  expect(await fresh?.drop()).toBe(true);
});

async function publicTables(): Promise<string[]> {
  const rows = await fresh.sql<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  return rows.map((r) => r.table_name).sort();
}

async function schemaFingerprint() {
  const [row] = await fresh.sql<{ columns: string; constraints: string; indexes: string }[]>`
    SELECT
      (SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, column_name)
         FROM information_schema.columns WHERE table_schema = 'public') AS columns,
      (SELECT string_agg(conname, ',' ORDER BY conname)
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public') AS constraints,
      (SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'public') AS indexes`;
  return row;
}

describe('migrateDatabase on an empty database', () => {
  it('starts from a database without tables', () => {
    expect(tablesBeforeMigrating).toEqual([]);
  });

  it('creates every table of the domain', async () => {
    const tables = await publicTables();
    expect(tables).toEqual(EXPECTED_TABLES);
    for (const table of [
      'regions',
      'events',
      'agenda_items',
      'workshops',
      'speakers',
      'registrations',
      'workshop_choices',
      'users',
      'partner_regions',
      'audit_entries',
      'outbound_emails',
    ]) {
      expect(tables).toContain(table);
    }
  });

  it('creates the constraints the rules rely on', async () => {
    const { constraints, indexes } = await schemaFingerprint();
    const names = constraints.split(',');
    for (const c of [
      'events_slug_format',
      'events_capacity_nonnegative',
      'events_times_in_order',
      'agenda_items_times_in_order',
      'workshops_slot_fk',
      'workshops_capacity_nonnegative',
      'workshop_choices_workshop_fk',
      'registrations_cancelled_at',
    ]) {
      expect(names).toContain(c);
    }
    expect(indexes.split(',')).toContain('registrations_live_email_key');
    expect(names).toContain('practices_submitted_complete');
    expect(indexes.split(',')).toContain('practices_search_idx');
  });

  it('searches practices in French, forgiving accents, case and plurals (tour_fr)', async () => {
    const [row] = await fresh.sql<{ hit: boolean; miss: boolean }[]>`
      SELECT to_tsvector('tour_fr', 'Une École inclusive pour les habitants') @@ websearch_to_tsquery('tour_fr', 'ecole INCLUSIVES habitant') AS hit,
             to_tsvector('tour_fr', 'Une École inclusive') @@ websearch_to_tsquery('tour_fr', 'entreprise') AS miss`;
    expect(row).toEqual({ hit: true, miss: false });
  });

  it('installs the job queue (graphile-worker), so that add_job exists before any app code runs', async () => {
    const [row] = await fresh.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'graphile_worker' AND p.proname = 'add_job'`;
    expect(row.n).toBe(1);
  });

  it('records each migration of the journal once', async () => {
    const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { when: number }[];
    };
    const applied = await fresh.sql<{ created_at: string }[]>`SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY id`;
    expect(applied.map((r) => Number(r.created_at))).toEqual(journal.entries.map((e) => e.when));
  });

  it('is a no-op the second time: same schema, same migration log, data kept', async () => {
    const before = await schemaFingerprint();
    const logBefore = await fresh.sql`SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id`;
    await fresh.sql`INSERT INTO regions (code, name, capital) VALUES ('99', 'Région témoin', 'Nulle-part')`;

    await migrateDatabase(fresh.url);

    expect(await schemaFingerprint()).toEqual(before);
    const logAfter = await fresh.sql`SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id`;
    expect(logAfter).toEqual(logBefore);
    const kept = await fresh.sql<{ name: string }[]>`SELECT name FROM regions WHERE code = '99'`;
    expect(kept.map((r) => r.name)).toEqual(['Région témoin']);
  });
});
