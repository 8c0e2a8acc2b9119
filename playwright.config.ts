import { execSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { OUTAGE_PORT, PORT as port } from './tests/e2e/ports';

const baseURL = `http://localhost:${port}`;

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  testDir: 'tests/e2e',
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
      command: `node node_modules/next/dist/bin/next start -p ${OUTAGE_PORT}`,
      url: `http://localhost:${OUTAGE_PORT}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
      // Port 9 (discard) on loopback: nothing listens, every connection is refused.
      env: { DATABASE_URL: 'postgres://postgres:password@127.0.0.1:9/injoignable' },
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
