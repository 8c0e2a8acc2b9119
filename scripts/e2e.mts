// npm run test:e2e: a production build and the browser tests on a fresh database.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { chromiumForTests } from './chromium.mts';
import { runCommand, withTestServer } from './with-db.mts';

const bin = (name: string) => path.join('node_modules', '.bin', name);
const { NODE_ENV: _ignored, ...inherited } = process.env;
const chromium = chromiumForTests();
const code = await withTestServer(async ({ createDatabase }) => {
  const env = { ...inherited, DATABASE_URL: await createDatabase(), NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-test', CHROMIUM_PATH: chromium, AUTH_SECRET: randomBytes(32).toString('base64url') };
  const built = await runCommand(bin('next'), ['build'], env);
  return built === 0 ? runCommand(bin('playwright'), ['test', ...process.argv.slice(2)], env) : built;
});
process.exit(code);
