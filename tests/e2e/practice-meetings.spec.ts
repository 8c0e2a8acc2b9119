// Pratiques inspirantes in the meetings: the Occitanie partner links a published practice (of
// Bretagne) to an atelier of the demo Toulouse meeting by keyboard, the public page shows it under
// that atelier, removing it takes it away; the home page shows the latest practices and the survey
// link only while the survey is open; national staff read the practices' figures.
import type { Page } from '@playwright/test';
import { eq, inArray } from 'drizzle-orm';
import { events, practicePresentations, practices, tourSettings } from '@/db/schema';
import { insertPractice, uniqueWord } from '../support/practices';
import { DEMO, signIn } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { tabTo } from './keyboard';

const SLUG = 'demo-occitanie-toulouse';

/** The atelier of the editor whose line reads "A. …". */
function editorAtelier(page: Page, code: string) {
  // The list item whose own paragraph reads "A. …" (not the slot's item around it).
  return page.getByRole('region', { name: 'Déroulé de la journée' }).locator(`xpath=.//li[p[starts-with(normalize-space(.), "${code}.")]]`).first();
}

/** The atelier card of the public page ("Atelier A : …"). */
function publicAtelier(page: Page, code: string) {
  return page.getByRole('region', { name: 'Ateliers au choix' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^Atelier ${code} : `) }) }).first();
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

test('[partenaire Occitanie] associe au clavier une pratique publiée à un atelier, la page publique la montre, puis la retire', async ({ page, db }) => {
  test.setTimeout(120_000);
  const word = uniqueWord('atelierpratique');
  const practice = await insertPractice(db, { regionCode: '53', title: `Pratique bretonne ${word}`, summary: 'Exemple fictif : un marché réservé partagé entre deux villes.' });
  const [event] = await db.select().from(events).where(eq(events.slug, SLUG));
  try {
    await signIn(page, DEMO.occitanie);
    await page.goto(`/espace/rencontres/${event.id}/programme`);
    const atelier = editorAtelier(page, 'A');
    const summary = atelier.locator('summary', { hasText: 'Ajouter une pratique présentée' });
    await summary.focus();
    await page.keyboard.press('Enter');
    const search = atelier.getByLabel(/Titre de la pratique/);
    await tabTo(page, search);
    // Another case than the title's: the search forgives it.
    await page.keyboard.type(word.toUpperCase());
    await page.keyboard.press('Enter');
    await expect(atelier.getByText('1 pratique publiée trouvée.')).toBeVisible();
    const radio = atelier.getByRole('radio', { name: new RegExp(practice.title) });
    await tabTo(page, radio);
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(atelier.getByRole('button', { name: 'Associer cette pratique' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(atelier.getByText('La pratique est associée à ce temps du programme.')).toBeVisible();
    await expect(atelier.getByRole('link', { name: practice.title })).toHaveAttribute('href', `/pratiques/${practice.slug}`);
    await expect(atelier.getByText('Bretagne')).toBeVisible();

    // The same practice twice at the same atelier: a French refusal, nothing added.
    await atelier.getByLabel(/Titre de la pratique/).fill(word);
    await atelier.getByRole('button', { name: /Chercher/ }).click();
    await atelier.getByRole('radio', { name: new RegExp(practice.title) }).check();
    await atelier.getByRole('button', { name: 'Associer cette pratique' }).click();
    await expect(atelier.getByText(/est déjà présentée à l’atelier A/)).toBeVisible();
    await expect(atelier.getByRole('link', { name: practice.title })).toHaveCount(1);

    // And at the round table (a plenary time), with the mouse this time.
    const roundTable = page.getByRole('region', { name: 'Déroulé de la journée' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /Table ronde/ }) }).first();
    await roundTable.locator('summary', { hasText: 'Ajouter une pratique présentée' }).first().click();
    await roundTable.getByLabel(/Titre de la pratique/).fill(`bretonne ${word}`);
    await roundTable.getByRole('button', { name: /Chercher/ }).click();
    await roundTable.getByRole('radio', { name: new RegExp(practice.title) }).check();
    await roundTable.getByRole('button', { name: 'Associer cette pratique' }).click();
    await expect(roundTable.getByRole('link', { name: practice.title })).toBeVisible();

    await page.goto(`/rencontres/${SLUG}`);
    await expect(page.getByRole('region', { name: 'Programme' }).getByRole('listitem').filter({ hasText: 'Table ronde' }).getByRole('link', { name: practice.title })).toBeVisible();
    const card = publicAtelier(page, 'A');
    await expect(card.getByRole('link', { name: practice.title })).toHaveAttribute('href', `/pratiques/${practice.slug}`);
    await expect(card.getByText('Exemple fictif : un marché réservé partagé entre deux villes.')).toBeVisible();
    await expect(publicAtelier(page, 'B').getByRole('link', { name: practice.title })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 700 });
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.goto(`/espace/rencontres/${event.id}/programme`);
    await editorAtelier(page, 'A').getByRole('button', { name: new RegExp(`^Retirer la pratique « ${practice.title} »`) }).click();
    await expect(editorAtelier(page, 'A').getByRole('link', { name: practice.title })).toHaveCount(0);
    await page.goto(`/rencontres/${SLUG}`);
    await expect(publicAtelier(page, 'A').getByRole('link', { name: practice.title })).toHaveCount(0);
    await expect(page.getByRole('link', { name: practice.title })).toHaveCount(1);
  } finally {
    await db.delete(practices).where(eq(practices.id, practice.id));
  }
});

test('[public] la page d’accueil montre les dernières pratiques publiées, et le lien vers l’enquête seulement quand elle est ouverte', async ({ page, db }) => {
  test.setTimeout(120_000);
  const word = uniqueWord('accueil');
  // Published "later" than any other practice of the database: these three are the latest.
  const latest: Awaited<ReturnType<typeof insertPractice>>[] = [];
  for (const [i, theme] of (['ess', 'suivi_heures', 'entreprises'] as const).entries()) {
    latest.push(await insertPractice(db, { title: `Pratique d’accueil ${i} ${word}`, regionCode: '04', themes: [theme], publishedAt: new Date(Date.UTC(2099, 0, 1 + i)) }));
  }
  const [saved] = await db.select().from(tourSettings).where(eq(tourSettings.id, 1));
  const setWindow = (opensAt: Date | null, closesAt: Date | null) => db.update(tourSettings).set({ surveyOpensAt: opensAt, surveyClosesAt: closesAt }).where(eq(tourSettings.id, 1));
  const section = page.getByRole('region', { name: 'Pratiques inspirantes' });
  const survey = section.getByRole('link', { name: 'Répondre à l’enquête' });
  try {
    await setWindow(new Date('2000-01-01T00:00:00Z'), new Date('2001-01-01T00:00:00Z'));
    // Cached views (PUBLIC_VIEW_LIFE): rows written straight to the database show within seconds.
    await expect(async () => {
      await page.goto('/');
      await expect(section.getByRole('heading', { level: 3 })).toHaveText([latest[2].title, latest[1].title, latest[0].title]);
      await expect(survey).toHaveCount(0);
    }).toPass({ timeout: 60_000, intervals: [2_000] });
    const card = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: latest[2].title }) }).first();
    await expect(card.getByRole('link', { name: latest[2].title })).toHaveAttribute('href', `/pratiques/${latest[2].slug}`);
    await expect(card.getByText('La Réunion')).toBeVisible();
    await expect(card.getByRole('list', { name: 'Thèmes' })).toHaveText('Mobiliser les entreprises');
    await expect(section.getByRole('link', { name: 'Toutes les pratiques inspirantes' })).toHaveAttribute('href', '/pratiques');
    // The meetings come first.
    const order = await page.evaluate(() => [...document.querySelectorAll('h2')].map((h) => h.textContent));
    expect(order.indexOf('Prochaines rencontres')).toBeLessThan(order.indexOf('Pratiques inspirantes'));

    await setWindow(new Date('2000-01-01T00:00:00Z'), null);
    await expect(async () => {
      await page.goto('/');
      await expect(survey).toHaveAttribute('href', '/enquete');
    }).toPass({ timeout: 60_000, intervals: [2_000] });
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 700 });
    await expectNoSidewaysScroll(page);
  } finally {
    await setWindow(saved?.surveyOpensAt ?? null, saved?.surveyClosesAt ?? null);
    await db.delete(practices).where(inArray(practices.id, latest.map((p) => p.id)));
  }
});

test('[national] les statistiques donnent les réponses, les pratiques publiées et où elles ont été présentées', async ({ page, db }) => {
  test.setTimeout(90_000);
  const word = uniqueWord('statistique');
  const practice = await insertPractice(db, { regionCode: '03', title: `Pratique guyanaise ${word}`, themes: ['ess', 'autre'] });
  const [event] = await db.select().from(events).where(eq(events.slug, SLUG));
  const slot = await db.query.agendaItems.findFirst({ where: (t, { and, eq: is }) => and(is(t.eventId, event.id), is(t.kind, 'workshop_slot')), orderBy: (t, { asc }) => asc(t.startsAt) });
  const atelier = await db.query.workshops.findFirst({ where: (t, { eq: is }) => is(t.slotId, slot!.id), orderBy: (t, { asc }) => asc(t.code) });
  await db.insert(practicePresentations).values({ practiceId: practice.id, agendaItemId: slot!.id, workshopId: atelier!.id });
  try {
    await signIn(page, DEMO.national);
    await page.goto('/admin/statistiques');
    const section = page.getByRole('region', { name: 'Pratiques inspirantes' });
    await expect(section.getByRole('term').filter({ hasText: 'Réponses reçues' })).toBeVisible();
    await expect(section.getByText(/compte une fois dans chacun/)).toBeVisible();
    const where = section.getByRole('table', { name: /Pratiques présentées lors des rencontres/ });
    const row = where.getByRole('row').filter({ hasText: practice.title });
    await expect(row).toContainText(event.title);
    await expect(row).toContainText(`Atelier ${atelier!.code} : ${atelier!.title}`);
    await expect(row).toContainText('Guyane');
    await expect(section.getByRole('table', { name: /par région de la pratique/ }).getByRole('row', { name: /Guyane/ })).toBeVisible();
    await expect(section.getByRole('link', { name: /Télécharger en CSV : Pratiques présentées/ })).toHaveAttribute('href', '/admin/statistiques/pratiques-presentees/export.csv');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 700 });
    await expectNoSidewaysScroll(page);
  } finally {
    await db.delete(practices).where(eq(practices.id, practice.id));
  }
});
