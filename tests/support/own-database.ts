// A database of a test file's own, on the server of DATABASE_URL, migrated (job queue included)
// and seeded: for tests that run the real job runner, which takes every job of its database and
// must not take those of the other test files.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connect } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed/index';

export async function ownDatabase(prefix: string) {
  const urlFor = (database: string) => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const name = `tour_${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(urlFor('postgres'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = urlFor(name);
  await migrateDatabase(url);
  const { sql, db } = connect(url, { max: 5 });
  await seedDatabase(db, { demoAccounts: false });
  return {
    url,
    sql,
    db,
    drop: async () => {
      await sql.end();
      await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${name} AND pid <> pg_backend_pid()`;
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    },
  };
}

export type OwnDatabase = Awaited<ReturnType<typeof ownDatabase>>;
