import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { testDatabase } from '../support/db';

type Fixtures = { db: ReturnType<typeof testDatabase>['db'] };
type WorkerFixtures = { database: ReturnType<typeof testDatabase> };

export const test = base.extend<Fixtures, WorkerFixtures>({
  database: [
    async ({}, use) => {
      const database = testDatabase();
      await use(database);
      await database.sql.end();
    },
    { scope: 'worker' },
  ],
  db: async ({ database }, use) => {
    await use(database.db);
  },
});

export { expect };

/** WCAG 2.1 A and AA rules of axe-core: the page must have no violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
