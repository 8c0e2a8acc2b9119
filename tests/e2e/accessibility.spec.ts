// axe-core (WCAG 2.1 A and AA) on the pages no other journey already checks.
import { eq } from 'drizzle-orm';
import { events } from '@/db/schema';
import { registerAttendee } from '@/lib/registrations/register';
import { checkInUrl } from '@/lib/checkin/signed-link';
import { createEvent } from '../support/db';
import { validInput } from '../support/registration';
import { DEMO, signIn } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('[anonyme] pages de compte sans violation', async ({ page }) => {
  for (const path of ['/mot-de-passe-oublie', '/mot-de-passe/lien-invalide', '/invitation/lien-invalide', '/confidentialite', '/pratiques/recueil']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('[national] toutes les pages de l’espace sans violation', async ({ page, db }) => {
  const { event, slots } = await createEvent(db, { regionCode: '76' });
  const registration = await registerAttendee(validInput(slots), { slug: event.slug, now: new Date(), appUrl: 'http://localhost:3100' }, db);
  // Back to draft: the public lists, cached, must not count an event published behind their back.
  await db.update(events).set({ status: 'draft' }).where(eq(events.id, event.id));
  await signIn(page, DEMO.national);
  const code = new URL(checkInUrl('http://localhost:3100', registration.id)!).pathname;
  for (const path of [
    '/espace',
    '/espace/rencontres/nouvelle',
    `/espace/rencontres/${event.id}`,
    `/espace/rencontres/${event.id}/programme`,
    `/espace/rencontres/${event.id}/inscriptions`,
    `/espace/rencontres/${event.id}/accueil`,
    code,
  ]) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
});

test('[national] réglages des pratiques inspirantes sans violation', async ({ page }) => {
  await signIn(page, DEMO.national);
  await page.goto('/admin/pratiques/reglages');
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages des pratiques inspirantes' })).toBeVisible();
  await expectNoAxeViolations(page);
});
