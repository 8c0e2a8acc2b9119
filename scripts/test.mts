// npm test: unit tests, then database tests, a production build and the browser tests, all on one
// throwaway embedded PostgreSQL (or on DATABASE_URL when it is set).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { chromiumForTests } from './chromium.mts';
import { runCommand, withTestServer, type Env } from './with-db.mts';

const bin = (name: string) => path.join('node_modules', '.bin', name);
const steps: { name: string; code: number; seconds: number }[] = [];

async function step(name: string, command: string, args: string[], env: Env = process.env) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const code = await runCommand(command, args, env);
  steps.push({ name, code, seconds: Math.round((Date.now() - started) / 100) / 10 });
  return code;
}

// The browser first: a machine without one learns it in seconds, not after the other tiers.
const chromium = chromiumForTests();
await step('Tests unitaires', bin('vitest'), ['run', '--project', 'unit']);
await withTestServer(async ({ createDatabase }) => {
  // next build and next start set NODE_ENV themselves.
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  await step('Tests sur PostgreSQL', bin('vitest'), ['run', '--project', 'db'], { ...inherited, DATABASE_URL: await createDatabase() });
  // The browser tests get a database of their own, so the list pages show only the seed and their data.
  const env: Env = { ...inherited, DATABASE_URL: await createDatabase(), NEXT_DIST_DIR: '.next-test', CHROMIUM_PATH: chromium, AUTH_SECRET: randomBytes(32).toString('base64url') };
  if ((await step('Construction (next build)', bin('next'), ['build'], env)) === 0) {
    await step('Tests navigateur (Playwright)', bin('playwright'), ['test'], env);
  } else {
    steps.push({ name: 'Tests navigateur (Playwright)', code: 1, seconds: 0 });
  }
});

console.log('\n=== Résumé ===');
for (const s of steps) console.log(`${s.code === 0 ? 'ok   ' : 'ÉCHEC'} ${s.name} (${s.seconds} s)`);
const failed = steps.filter((s) => s.code !== 0).length;
console.log(`Étapes : ${steps.length - failed} réussies, ${failed} en échec.`);
process.exit(failed ? 1 : 0);
