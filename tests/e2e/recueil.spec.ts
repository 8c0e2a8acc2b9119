// The recueil in the browser: the PDF for everyone (read back with pdf.js), the web recueil with its
// contents and index, the staff's CSV (and who may not have it), and the settings page whose
// introduction then opens the PDF. The tour's settings are one row shared by every spec: the test
// that changes them keeps the survey open and puts them back.
import { eq } from 'drizzle-orm';
import { tourSettings } from '@/db/schema';
import { insertPractice, uniqueWord } from '../support/practices';
import { csvRecords } from '../support/csv';
import { readPdf } from '../support/pdf';
import { DEMO, signIn } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PORT } from './ports';

const appUrl = `http://localhost:${PORT}`;
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('[anonyme] télécharge le recueil en PDF et le lit en ligne', async ({ page, db }) => {
  const w = uniqueWord('recueil');
  const title = `Chantier « cœur de bourg » à l’Haÿ-les-Roses ${w}`;
  const practice = await insertPractice(db, { title, regionCode: '11', themes: ['suivi_heures'], insertionHours: 4200, respondentEmail: `cache.${w}@test.example.org` });
  await insertPractice(db, { title: `Pas encore publiée ${w}`, status: 'submitted', publishedAt: null });

  const response = await page.request.get('/pratiques/recueil.pdf');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="recueil-pratiques-inspirantes-\d{4}-\d{2}-\d{2}\.pdf"$/);
  const pdf = await readPdf(new Uint8Array(await response.body()));
  const text = flat(pdf.pages.join('\n'));
  expect(pdf.info.Title).toBe('Recueil des pratiques inspirantes de la clause sociale');
  expect(pdf.info.Language).toBe('fr');
  expect(text).toContain(title);
  expect(text).toContain('École inclusive des métiers du bâtiment');
  expect(text).not.toContain(`Pas encore publiée ${w}`);
  expect(text).not.toContain(`cache.${w}@`);
  expect(pdf.outline.map((o) => o.title)).toContain(title);

  // The web recueil: the same selection, contents by theme and index by region with anchors.
  await page.goto('/pratiques/recueil');
  await expect(page.getByRole('heading', { level: 1, name: 'Recueil des pratiques inspirantes de la clause sociale' })).toBeVisible();
  for (const name of ['Introduction', 'Sommaire par thème', 'Les pratiques', 'Index par région']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Télécharger le recueil en PDF' })).toHaveAttribute('href', '/pratiques/recueil.pdf');
  const contents = page.getByRole('region', { name: 'Sommaire par thème' });
  const theme = contents.getByRole('region', { name: /Suivi et valorisation des heures/ });
  await theme.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`#pratique-${practice.slug}$`));
  const entry = page.getByRole('article', { name: title });
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Île-de-France');
  await expect(entry).toContainText('4 200 heures d’insertion');
  await expect(entry.getByRole('link', { name: `Lire la fiche complète : ${title}` })).toHaveAttribute('href', `/pratiques/${practice.slug}`);
  await expect(page.getByRole('region', { name: 'Index par région' }).getByRole('region', { name: /Île-de-France/ }).getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByText(`Pas encore publiée ${w}`)).toHaveCount(0);

  // One region: the PDF link keeps the selection.
  await page.getByLabel('Région', { exact: true }).selectOption('11');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page).toHaveURL(/\/pratiques\/recueil\?region=11$/);
  await expect(page.getByRole('status').filter({ hasText: 'en Île-de-France' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Télécharger le recueil en PDF' })).toHaveAttribute('href', '/pratiques/recueil.pdf?region=11');
  await expect(page.getByRole('article').filter({ hasText: 'École inclusive des métiers du bâtiment' })).toHaveCount(0);
});

test('[national] exporte les pratiques publiées en CSV, avec le contact de qui l’a accepté', async ({ page, db }) => {
  const w = uniqueWord('csv');
  const consenting = await insertPractice(db, { title: `Export avec contact ${w}`, respondentName: 'Inès Joignable', respondentEmail: `joignable.${w}@test.example.org`, consentContactAt: new Date('2030-02-01T10:00:00Z'), regionCode: '53' });
  await insertPractice(db, { title: `Export sans contact ${w}`, respondentName: 'Paul Discret', respondentEmail: `discret.${w}@test.example.org`, consentContactAt: null, regionCode: '53' });
  await signIn(page, DEMO.national);
  const response = await page.request.get('/admin/pratiques/export.csv?region=53');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/filename="pratiques-inspirantes-\d{4}-\d{2}-\d{2}\.csv"/);
  const body = await response.text();
  expect(body.startsWith('\uFEFFTitre;Fiche en ligne;Région;')).toBe(true);
  const records = csvRecords(body);
  const row = (title: string) => {
    const record = records.find((r) => r['Titre'] === title);
    expect(record, title).toBeDefined();
    return record!;
  };
  const withContact = row(`Export avec contact ${w}`);
  expect(withContact['Région']).toBe('Bretagne');
  expect(withContact['Fiche en ligne']).toBe(`${appUrl}/pratiques/${consenting.slug}`);
  expect(withContact['Accepte d’être contacté·e']).toBe('Oui, le 01/02/2030');
  expect(withContact['Contact : nom']).toBe('Inès Joignable');
  expect(withContact['Contact : e-mail']).toBe(`joignable.${w}@test.example.org`);
  const without = row(`Export sans contact ${w}`);
  expect(without['Accepte d’être contacté·e']).toBe('Non');
  expect(without['Contact : nom']).toBe('');
  expect(without['Contact : e-mail']).toBe('');
  expect(body).not.toContain(`discret.${w}@`);
  // The region's filter: no practice of another region.
  expect(records.every((r) => r['Région'] === 'Bretagne')).toBe(true);
  expect(body).not.toContain('École inclusive des métiers du bâtiment');
});

test('[partenaire] et [anonyme] n’ont pas l’export des pratiques', async ({ browser }) => {
  const anonymous = await browser.newContext({ baseURL: appUrl, storageState: { cookies: [], origins: [] } });
  const refused = await anonymous.request.get('/admin/pratiques/export.csv', { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(new URL(refused.headers().location, appUrl).pathname).toBe('/connexion');
  await anonymous.close();

  const partner = await browser.newContext({ baseURL: appUrl, storageState: { cookies: [], origins: [] } });
  const page = await partner.newPage();
  await signIn(page, DEMO.occitanie);
  const response = await partner.request.get('/admin/pratiques/export.csv', { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain(';');
  await partner.close();
});

test('[national] règle l’enquête et l’introduction du recueil, que le PDF reprend', async ({ page, db }) => {
  const [saved] = await db.select().from(tourSettings).where(eq(tourSettings.id, 1));
  try {
    await signIn(page, DEMO.national);
    await page.goto('/admin/pratiques/reglages');
    await expect(page.getByRole('heading', { level: 1, name: 'Réglages des pratiques inspirantes' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Closing before opening: refused in French, next to the field.
    await page.getByLabel('Ouverture de l’enquête').fill('2099-06-01T09:00');
    await page.getByLabel('Clôture de l’enquête').fill('2099-05-01T09:00');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    const closing = page.getByLabel('Clôture de l’enquête');
    await expect(closing).toHaveAttribute('aria-invalid', 'true');
    await expect(closing).toHaveAccessibleDescription(/La clôture de l’enquête doit être après son ouverture\./);
    await expectNoAxeViolations(page);

    // A window that keeps the survey open for the other specs, and an introduction of our own.
    const w = uniqueWord('intro');
    await page.getByLabel('Ouverture de l’enquête').fill('2020-01-01T09:00');
    await closing.fill('2099-12-31T18:30');
    await page.getByLabel('Introduction du recueil').fill(`Le mot de l’équipe « ${w} ».\n\nDeuxième paragraphe, cœur du recueil.`);
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect(page.getByText('Les réglages sont enregistrés.')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Ouverture de l’enquête')).toHaveValue('2020-01-01T09:00');
    await expect(page.getByLabel('Clôture de l’enquête')).toHaveValue('2099-12-31T18:30');
    const [row] = await db.select().from(tourSettings).where(eq(tourSettings.id, 1));
    expect(row.surveyOpensAt?.toISOString()).toBe('2020-01-01T08:00:00.000Z');
    expect(row.surveyClosesAt?.toISOString()).toBe('2099-12-31T17:30:00.000Z');

    const pdf = await readPdf(new Uint8Array(await (await page.request.get('/pratiques/recueil.pdf?region=06')).body()));
    expect(flat(pdf.pages[1])).toContain(`Le mot de l’équipe « ${w} ». Deuxième paragraphe, cœur du recueil.`);
    await page.goto('/pratiques/recueil?region=06');
    await expect(page.getByRole('region', { name: 'Introduction' })).toContainText(`Le mot de l’équipe « ${w} ».`);
  } finally {
    await db
      .update(tourSettings)
      .set({ surveyOpensAt: saved.surveyOpensAt, surveyClosesAt: saved.surveyClosesAt, recueilIntroduction: saved.recueilIntroduction })
      .where(eq(tourSettings.id, 1));
  }
});
