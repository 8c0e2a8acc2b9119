// The database tests need a migrated database: DATABASE_URL (set by scripts/with-db.mts or by CI).
export default function setup() {
  if (!process.env.DATABASE_URL) {
    throw new Error('Database tests need DATABASE_URL: run them with `npm run test:db` (embedded PostgreSQL).');
  }
}
