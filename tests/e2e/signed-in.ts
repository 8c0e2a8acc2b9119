// A test whose pages are those of one signed-in account: signed in once per worker through the
// real form, every test of the file reuses the session.
import type { BrowserContext } from '@playwright/test';
import { signIn } from './auth';
import { test as base } from './fixtures';
import { PORT } from './ports';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export function signedInTest(email: string) {
  return base.extend<{}, { signedInState: StorageState }>({
    signedInState: [
      async ({ browser }, use) => {
        const context = await browser.newContext({ baseURL: `http://localhost:${PORT}`, locale: 'fr-FR' });
        const page = await context.newPage();
        await signIn(page, email);
        const state = await context.storageState();
        await context.close();
        await use(state);
      },
      { scope: 'worker' },
    ],
    storageState: async ({ signedInState }, use) => use(signedInState),
  });
}
