// The product as its users see it, without clicking through it: the main pages, desktop (1366 px)
// and phone (390 px), full length, in screenshots/ with an index.html to browse them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { registerAttendee } from '@/lib/registrations/register';
import { DEMO, signIn } from '../e2e/auth';
import { expect, test } from '../e2e/fixtures';
import { createEvent } from '../support/db';
import { validInput } from '../support/registration';

const OUT = path.resolve('screenshots');
const SIZES = [
  { name: 'bureau', width: 1366, height: 900 },
  { name: 'telephone', width: 390, height: 844 },
] as const;
const shots: { file: string; label: string }[] = [];

async function shoot(page: Page, name: string, label: string) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => document.fonts.ready);
    const file = `${name}-${size.name}.png`;
    await page.screenshot({ path: path.join(OUT, file), fullPage: true });
    shots.push({ file, label: `${label} (${size.name}, ${size.width} px)` });
  }
}

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

test.afterAll(() => {
  const items = shots.map((s) => `<figure><figcaption>${s.label}</figcaption><a href="${s.file}"><img src="${s.file}" alt="${s.label}" loading="lazy"></a></figure>`);
  writeFileSync(
    path.join(OUT, 'index.html'),
    `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Captures d’écran</title><style>body{font-family:system-ui;margin:2rem}figure{display:inline-block;vertical-align:top;margin:0 1rem 2rem 0}img{max-width:420px;max-height:600px;border:1px solid #ccc;object-fit:cover;object-position:top}</style><h1>Captures d’écran</h1>${items.join('\n')}</html>`,
  );
});

test('pages publiques', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await shoot(page, '01-accueil', 'Accueil');

  await page.goto('/rencontres/demo-occitanie-toulouse');
  await expect(page.locator('h1')).toBeVisible();
  await shoot(page, '02-rencontre', 'Page d’une rencontre à venir');

  await page.goto('/rencontres/occitanie-montpellier-2022-12-08');
  await expect(page.locator('h1')).toBeVisible();
  await shoot(page, '03-rencontre-passee', 'Page d’une rencontre passée (Montpellier, 2022)');

  await page.goto('/rencontres/demo-occitanie-toulouse/inscription');
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, '04-formulaire-erreurs', 'Formulaire d’inscription avec ses erreurs');
});

const PEOPLE = [
  ['Hélène', 'Lefèvre', 'Montpellier Méditerranée Métropole'],
  ['Karim', 'Benali', 'Maison de l’emploi de Nîmes'],
  ['Sophie', 'Martin-Castaing', 'Hérault Habitat'],
  ['Jean-Baptiste', 'Roux', 'Entreprise d’insertion Le Chantier'],
  ['Aïcha', 'Diallo', 'France Travail Occitanie'],
  ['Louis', 'Fabre', 'Groupement d’employeurs pour l’insertion et la qualification'],
];

test('espace partenaires', async ({ page, db }) => {
  const { event, slots } = await createEvent(db, { regionCode: '76', title: 'Rencontre de démonstration des captures, à Montpellier' });
  for (const [firstName, lastName, organisation] of PEOPLE) {
    const email = `${firstName}.${lastName}`.normalize('NFD').replace(/[^A-Za-z.-]/g, '').toLowerCase() + `.${event.slug}@captures.example.org`;
    await registerAttendee(validInput(slots, { firstName, lastName, organisation, email }), { slug: event.slug, now: new Date(), appUrl: 'http://localhost:3100' }, db);
  }
  await signIn(page, DEMO.occitanie);
  await page.goto('/espace');
  await expect(page.locator('h1')).toBeVisible();
  await shoot(page, '05-espace', 'Espace partenaires : mes rencontres');

  await page.goto(`/espace/rencontres/${event.id}/inscriptions`);
  await expect(page.locator('h1')).toBeVisible();
  await shoot(page, '06-inscriptions', 'Inscriptions d’une rencontre');

  await page.getByRole('link', { name: /Lefèvre/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Lefèvre/ })).toBeVisible();
  await shoot(page, '07-inscription', 'Page d’une inscription');
});

test('console nationale', async ({ page }) => {
  await signIn(page, DEMO.national);
  await page.goto('/admin');
  await expect(page.locator('h1')).toBeVisible();
  await shoot(page, '08-console', 'Console nationale');
  await page.goto('/admin/statistiques');
  await expect(page.locator('h1')).toBeVisible();
  await shoot(page, '09-statistiques', 'Statistiques du tour');
});
