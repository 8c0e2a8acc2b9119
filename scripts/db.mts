// npm run db:migrate | db:seed | db:reset, on DATABASE_URL or, without it, on the embedded server.
import { connect } from '../db/connect';
import { migrateDatabase } from '../db/migrate';
import { seedDatabase } from '../db/seed/index';
import { withDatabaseUrl } from './database-url.mts';

const command = process.argv[2];
if (!['migrate', 'seed', 'reset'].includes(command)) {
  console.error('Usage: tsx scripts/db.mts migrate|seed|reset');
  process.exit(2);
}

await withDatabaseUrl(async (url) => {
  const { sql, db } = connect(url, { max: 2 });
  try {
    if (command === 'reset') {
      await sql.unsafe(
        'DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS graphile_worker CASCADE; CREATE SCHEMA public;',
      );
      console.log('Base vidée.');
    }
    if (command === 'migrate' || command === 'reset') {
      await migrateDatabase(url);
      console.log('Migrations appliquées.');
    }
    if (command === 'seed' || command === 'reset') {
      const report = await seedDatabase(db);
      console.log(`Données de démonstration : ${report.regions} régions, ${report.eventsCreated.length} rencontres et ${report.practicesCreated.length} pratiques créées.`);
    }
  } finally {
    await sql.end();
  }
});
