// axe-core (WCAG 2.1 A and AA) on the pages no other journey already checks.
import { eq } from 'drizzle-orm';
import { events } from '@/db/schema';
import { startSurveyAnswer } from '@/lib/practices/survey';
import { registerAttendee } from '@/lib/registrations/register';
import { checkInUrl } from '@/lib/checkin/signed-link';
import { createEvent } from '../support/db';
import { insertPractice } from '../support/practices';
import { validInput } from '../support/registration';
import { surveyAnswer } from '../support/survey';
import { DEMO, signIn } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('[anonyme] pages de compte sans violation', async ({ page }) => {
  for (const path of ['/mot-de-passe-oublie', '/mot-de-passe/lien-invalide', '/invitation/lien-invalide', '/confidentialite', '/accessibilite', '/pratiques/recueil']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('[national] toutes les pages de l’espace sans violation', async ({ page, db }) => {
  test.setTimeout(90_000);
  const { event, slots } = await createEvent(db, { regionCode: '76' });
  const registration = await registerAttendee(validInput(slots), { slug: event.slug, now: new Date(), appUrl: 'http://localhost:3100' }, db);
  // Back to draft: the public lists, cached, must not count an event published behind their back.
  await db.update(events).set({ status: 'draft' }).where(eq(events.id, event.id));
  const practice = await insertPractice(db, { regionCode: '76', status: 'submitted', title: 'Pratique de la vérification axe', publishedAt: null, original: { title: 'Version d’origine', summary: 'Un résumé comparé mot à mot.' } });
  await signIn(page, DEMO.national);
  const code = new URL(checkInUrl('http://localhost:3100', registration.id)!).pathname;
  for (const path of [
    '/espace/pratiques',
    `/espace/pratiques/${practice.id}`,
    '/espace/pratiques/nouvelle',
    '/admin/pratiques',
    `/admin/pratiques/${practice.id}`,
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

test('[anonyme] l’enquête et la page privée d’une réponse sans violation', async ({ page, db }) => {
  const draft = await startSurveyAnswer({ ...surveyAnswer(), intent: 'draft' }, { now: new Date(), appUrl: 'http://localhost:3100', ip: null }, db);
  for (const path of ['/enquete', `/enquete/${draft.token}`]) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Envoyer ma réponse' })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('[national] réglages des pratiques inspirantes sans violation', async ({ page }) => {
  await signIn(page, DEMO.national);
  await page.goto('/admin/pratiques/reglages');
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages des pratiques inspirantes' })).toBeVisible();
  await expectNoAxeViolations(page);
});
