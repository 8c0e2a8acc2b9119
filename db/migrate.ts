import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { connect } from './connect';
import { migrateJobQueue } from './job-queue';

export const migrationsFolder = path.join(path.dirname(new URL(import.meta.url).pathname), 'migrations');

/**
 * Brings the database at `url` up to date: our tables (drizzle's migrations), then the job queue's
 * schema (graphile-worker's own migrations), so that `graphile_worker.add_job` exists before any
 * app code writes an e-mail.
 */
export async function migrateDatabase(url: string) {
  const { sql, db } = connect(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await sql.end();
  }
  await migrateJobQueue(url);
}
