// No page scrolls sideways, on a phone (390 px) or a laptop (1366 px): the document is never wider
// than its window. Wide content (tables, long addresses, links) wraps, truncates or scrolls inside
// its own region.
import type { Page } from '@playwright/test';
import { DEMO, signIn } from './auth';
import { expect, test } from './fixtures';
import { pageList } from './page-list';

async function sidewaysOverflow(page: Page, paths: string[]) {
  const found: { path: string; scrollWidth: number; clientWidth: number }[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
    await expect(page.locator('h1').first()).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth) found.push({ path, scrollWidth, clientWidth });
  }
  return found;
}

for (const width of [390, 1366]) {
  test.describe(`à ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test(`[anonyme] aucune page publique ne défile de côté à ${width} px`, async ({ page, db }) => {
      test.setTimeout(90_000);
      const pages = await pageList(db);
      expect(await sidewaysOverflow(page, pages.public)).toEqual([]);
    });

    test(`[national] aucune page de l’espace ni de la console ne défile de côté à ${width} px`, async ({ page, db }) => {
      test.setTimeout(120_000);
      const pages = await pageList(db);
      await signIn(page, DEMO.national);
      expect(await sidewaysOverflow(page, pages.signedIn)).toEqual([]);
    });
  });
}
