import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type { Database } from './connect';

export const migrationsFolder = path.join(path.dirname(new URL(import.meta.url).pathname), 'migrations');

export async function migrateDatabase(db: Database) {
  await migrate(db, { migrationsFolder });
}
