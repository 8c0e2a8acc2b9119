// npm run dev / npm start: with no DATABASE_URL, start the embedded PostgreSQL (.data/postgres),
// migrate it, seed it on first start, then run Next with DATABASE_URL; stop it all on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from '../db/connect';
import { MISSING_APP_URL, configuredAppUrl } from '../lib/config';
import { migrateDatabase } from '../db/migrate';
import { seedDatabase } from '../db/seed/index';
import { embeddedSettings } from './database-url.mts';
import { startEmbedded, type EmbeddedServer } from './embedded.mts';

const mode = process.argv[2] === 'start' ? 'start' : 'dev';
const nextArgs = process.argv.slice(3);

function portArg(): string | undefined {
  const i = nextArgs.findIndex((a) => a === '-p' || a === '--port');
  return i >= 0 ? nextArgs[i + 1] : process.env.PORT;
}

/** AUTH_SECRET, or one made on first start and kept in .data/auth-secret (git-ignored). */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = '.data/auth-secret';
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync('.data', { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
// Links in e-mails are built from the configured address only: production needs one.
if (mode === 'start' && !configuredAppUrl()) {
  console.error(MISSING_APP_URL);
  process.exit(1);
}
const siteUrl = configuredAppUrl() ?? `http://localhost:${portArg() ?? 3000}`;

let server: EmbeddedServer | undefined;
let url = process.env.DATABASE_URL;

if (!url) {
  const settings = embeddedSettings();
  server = await startEmbedded(settings);
  url = server.url;
  console.log(`PostgreSQL intégré prêt sur le port ${settings.port} (${settings.dir}).`);
}

await migrateDatabase(url);
const { sql, db } = connect(url, { max: 1 });
try {
  const [{ n }] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM events`;
  if (server?.created || n === 0) {
    const report = await seedDatabase(db);
    console.log(`Base initialisée : ${report.eventsCreated.length} rencontres et ${report.practicesCreated.length} pratiques de démonstration.`);
  }
} finally {
  await sql.end();
}

const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: authSecret(), APP_URL: siteUrl, NEXTAUTH_URL: process.env.NEXTAUTH_URL || siteUrl };
const nextBin = 'node_modules/next/dist/bin/next';
if (mode === 'start' && !existsSync('.next/BUILD_ID')) {
  console.log('Première mise en route : construction de l’application (next build)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) await shutdown(build.status ?? 1);
}

const child = spawn(process.execPath, [nextBin, mode, ...nextArgs], { stdio: 'inherit', env });

async function stopDatabase() {
  // postgres may already have had the terminal's SIGINT: do not wait for it forever.
  await Promise.race([server?.stop(), new Promise((r) => setTimeout(r, 5000))]);
}

async function shutdown(code: number): Promise<never> {
  await stopDatabase();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('exit', (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
