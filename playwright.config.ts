import { defineConfig, devices } from '@playwright/test';
import { findChromium, machineProbes } from './scripts/chromium.mts';
import { DB_PROXY_CONTROL_PORT, DB_PROXY_PORT, OUTAGE_PORT, PORT as port } from './tests/e2e/ports';

const baseURL = `http://localhost:${port}`;

// The outage instance reaches the test database through a TCP proxy that the tests cut and restore.
const database = new URL(process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432/postgres');
const databaseTarget = `${database.hostname.replace(/^\[|\]$/g, '')}:${database.port || 5432}`;
const proxiedDatabase = new URL(database);
proxiedDatabase.host = `127.0.0.1:${DB_PROXY_PORT}`;

// npm test and test:e2e find (or install) the browser and pass it in CHROMIUM_PATH; run alone, the
// config only looks for one (scripts/chromium.mts) and leaves Playwright its default otherwise.
function chromiumPath(): string | undefined {
  const found = findChromium(machineProbes(), { install: false });
  return 'path' in found ? found.path : undefined;
}

export default defineConfig({
  testDir: 'tests/e2e',
  // The specs call use cases: `server-only` is the empty module there (tests/e2e/tsconfig.json).
  tsconfig: './tests/e2e/tsconfig.json',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // The production build (made by scripts/test.mts, or `npm run build`) on the test database.
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -p ${port}`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
      // As behind the documented reverse proxy: the client address comes from X-Forwarded-For.
      env: { TRUST_PROXY: '1', EMAIL_OUTBOX_PAGE: '1', RATE_LIMIT_REGISTRATIONS_PER_IP: '20', NEXTAUTH_URL: baseURL },
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node --import tsx tests/support/tcp-proxy.mts --listen ${DB_PROXY_PORT} --control ${DB_PROXY_CONTROL_PORT} --target ${databaseTarget}`,
      url: `http://127.0.0.1:${DB_PROXY_CONTROL_PORT}/health`,
      reuseExistingServer: false,
      timeout: 10_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${OUTAGE_PORT}`,
      url: `http://localhost:${OUTAGE_PORT}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
      // The same database through the proxy; the main server's worker sends the e-mails.
      env: {
        DATABASE_URL: proxiedDatabase.toString(),
        EMAIL_WORKER: 'off',
        // A black-holed connection is given up after 5 s, so the 10 s cut shows its 503s.
        DATABASE_SILENCE_TIMEOUT: '5',
        TRUST_PROXY: '1',
        RATE_LIMIT_REGISTRATIONS_PER_IP: '20',
        // As in production behind TLS: next-auth then sets Secure cookies (security-headers.spec.ts).
        NEXTAUTH_URL: `https://localhost:${OUTAGE_PORT}`,
      },
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
