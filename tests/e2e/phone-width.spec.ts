// No page of the partner space or the national console scrolls sideways on a 320 px phone: wide
// tables scroll inside their own region (whose visually hidden labels must not stick out of it).
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent } from '../support/db';
import { validInput } from '../support/registration';
import { DEMO, signIn } from './auth';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 320, height: 700 } });

test('[national] à 320 px, aucune page de l’espace ni de la console ne défile de côté', async ({ page, db }) => {
  const { event, slots } = await createEvent(db, { regionCode: '76' });
  await registerAttendee(validInput(slots), { slug: event.slug, now: new Date(), appUrl: 'http://localhost:3100' }, db);
  await signIn(page, DEMO.national);
  for (const path of [
    '/espace',
    `/espace/rencontres/${event.id}/inscriptions`,
    '/admin',
    '/admin/comptes',
    '/admin/journal',
    '/admin/courriels',
    '/admin/statistiques',
    '/admin/pratiques/reglages',
    '/pratiques/recueil',
  ]) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ path, width }).toEqual({ path, width: 320 });
  }
});
