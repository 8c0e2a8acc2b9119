// A database of a test file's own, on the server of DATABASE_URL: empty (for migration and seed
// tests), or migrated (job queue included) and seeded (for tests that run the real job runner,
// which takes every job of its database and must not take those of the other test files).
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connect } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed/index';

function urlFor(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A new, empty database; `drop()` ends its connections, drops it and tells whether it is gone. */
export async function emptyDatabase(prefix: string, poolSize = 5) {
  const name = `tour_${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(urlFor('postgres'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = urlFor(name);
  const { sql, db } = connect(url, { max: poolSize });
  return {
    name,
    url,
    sql,
    db,
    drop: async (): Promise<boolean> => {
      await sql.end();
      await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${name} AND pid <> pg_backend_pid()`;
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}"`);
      const left = await admin`SELECT datname FROM pg_database WHERE datname = ${name}`;
      await admin.end();
      return left.length === 0;
    },
  };
}

export type EmptyDatabase = Awaited<ReturnType<typeof emptyDatabase>>;

/** A new database, migrated and seeded (without the demo accounts). */
export async function ownDatabase(prefix: string) {
  const own = await emptyDatabase(prefix);
  await migrateDatabase(own.url);
  await seedDatabase(own.db, { demoAccounts: false });
  return own;
}

export type OwnDatabase = EmptyDatabase;
