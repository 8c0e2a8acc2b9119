// Runs tests on their own databases: each call of createDatabase() makes a fresh database (migrated
// and seeded) on the server of DATABASE_URL, or on a throwaway embedded PostgreSQL in a temporary
// folder. The databases are dropped afterwards: tests never touch the data of DATABASE_URL itself.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { connect } from '../db/connect';
import { migrateDatabase } from '../db/migrate';
import { seedDatabase } from '../db/seed/index';
import { freePort, startEmbedded, type EmbeddedServer } from './embedded.mts';

export type TestServer = { createDatabase: () => Promise<string> };

export async function withTestServer<T>(run: (server: TestServer) => Promise<T>): Promise<T> {
  let embedded: EmbeddedServer | undefined;
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    embedded = await startEmbedded({
      dir: mkdtempSync(path.join(os.tmpdir(), 'tour-test-pg-')),
      port: await freePort(),
      persistent: false,
      quiet: true,
    });
    baseUrl = embedded.adminUrl;
  }
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  const created: string[] = [];
  const createDatabase = async () => {
    const name = `tour_test_${randomBytes(4).toString('hex')}`;
    await admin.unsafe(`CREATE DATABASE ${name}`);
    created.push(name);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    await migrateDatabase(url.toString());
    const { sql, db } = connect(url.toString(), { max: 1 });
    try {
      await seedDatabase(db);
    } finally {
      await sql.end();
    }
    return url.toString();
  };
  try {
    return await run({ createDatabase });
  } finally {
    if (!embedded) {
      for (const name of created) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    }
    await admin.end();
    await embedded?.stop();
  }
}

export type Env = Record<string, string | undefined>;

export function runCommand(command: string, args: string[], env: Env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: env as NodeJS.ProcessEnv });
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
  const code = await withTestServer(async ({ createDatabase }) =>
    runCommand(path.join('node_modules', '.bin', command), args, { ...process.env, DATABASE_URL: await createDatabase() }),
  );
  process.exit(code);
}
