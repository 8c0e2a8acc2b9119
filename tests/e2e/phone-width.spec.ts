// No page of the partner space or the national console scrolls sideways on a 320 px phone: wide
// tables scroll inside their own region (whose visually hidden labels must not stick out of it).
import { startSurveyAnswer } from '@/lib/practices/survey';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent } from '../support/db';
import { insertPractice } from '../support/practices';
import { validInput } from '../support/registration';
import { surveyAnswer } from '../support/survey';
import { DEMO, signIn } from './auth';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 320, height: 700 } });

test('[national] à 320 px, aucune page de l’espace ni de la console ne défile de côté', async ({ page, db }) => {
  const { event, slots } = await createEvent(db, { regionCode: '76' });
  await registerAttendee(validInput(slots), { slug: event.slug, now: new Date(), appUrl: 'http://localhost:3100' }, db);
  const practice = await insertPractice(db, { regionCode: '76', status: 'submitted', title: 'Pratique à 320 px', publishedAt: null, original: { title: 'Pratique à 320 px, version d’origine', summary: 'Un résumé assez long pour être comparé mot à mot avec le sien.' } });
  await signIn(page, DEMO.national);
  for (const path of [
    '/admin/pratiques',
    `/admin/pratiques/${practice.id}`,
    '/espace/pratiques',
    `/espace/pratiques/${practice.id}`,
    '/espace/pratiques/nouvelle',
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

test('[anonyme] à 320 px, l’enquête et la page privée d’une réponse ne défilent pas de côté', async ({ page, db }) => {
  const draft = await startSurveyAnswer({ ...surveyAnswer(), intent: 'draft' }, { now: new Date(), appUrl: 'http://localhost:3100', ip: null }, db);
  for (const path of ['/enquete', `/enquete/${draft.token}`]) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Envoyer ma réponse' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ path, width }).toEqual({ path, width: 320 });
  }
});
