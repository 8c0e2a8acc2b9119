// A drizzle client over postgres.js for a given URL. Used by the app (db/index.ts), the scripts and
// the tests, so all of them run the very same code against the very same kind of server.
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = ReturnType<typeof connect>['db'];
/** A database handle or an open transaction: data-access functions take either (`tx = db`). */
export type Executor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute' | 'transaction' | 'query'>;

export function connect(url: string, options: postgres.Options<Record<string, never>> = {}) {
  const sql = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idle_timeout: 30,
    connect_timeout: 5,
    onnotice: () => {},
    ...options,
  });
  return { sql, db: drizzle(sql, { schema, casing: 'snake_case' }) };
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with `npm run dev` (embedded PostgreSQL) or set DATABASE_URL.',
    );
  }
  return url;
}
