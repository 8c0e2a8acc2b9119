// Runs a command with DATABASE_URL on a migrated, seeded database: the given DATABASE_URL, or a
// throwaway embedded PostgreSQL in a temporary folder that is removed afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from '../db/connect';
import { migrateDatabase } from '../db/migrate';
import { seedDatabase } from '../db/seed/index';
import { freePort, startEmbedded, type EmbeddedServer } from './embedded.mts';

export async function withTestDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  let server: EmbeddedServer | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    server = await startEmbedded({
      dir: mkdtempSync(path.join(os.tmpdir(), 'tour-test-pg-')),
      port: await freePort(),
      persistent: false,
      quiet: true,
    });
    url = server.url;
  }
  try {
    const { sql, db } = connect(url, { max: 1 });
    try {
      await migrateDatabase(db);
      await seedDatabase(db);
    } finally {
      await sql.end();
    }
    return await run(url);
  } finally {
    await server?.stop();
  }
}

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('Usage: tsx scripts/with-db.mts <command> [args…]');
    process.exit(2);
  }
  const code = await withTestDatabase((url) =>
    runCommand(path.join('node_modules', '.bin', command), args, { ...process.env, DATABASE_URL: url }),
  );
  process.exit(code);
}
