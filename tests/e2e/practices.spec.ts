// The public collection of pratiques inspirantes in a browser: a search typed without accents and in
// another case finds the practice, filters stay in the URL, the practice page shows its meetings and
// takes a message by keyboard (the e-mail waits in the outbox), the API answers with true statuses;
// axe finds nothing and no page scrolls sideways at 320 px.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { outboundEmails, practices } from '@/db/schema';
import { insertPractice, uniqueWord } from '../support/practices';
import { expect, expectNoAxeViolations, test } from './fixtures';

const SEEDED = { slug: 'ecole-inclusive-des-metiers-du-batiment', title: 'École inclusive des métiers du bâtiment' };

test.describe('[visiteur] pratiques inspirantes', () => {
  test('« ecole INCLUSIVE » trouve « École inclusive… », mots surlignés, filtres gardés dans l’adresse', async ({ page }) => {
    await page.goto('/pratiques');
    await expect(page.getByRole('heading', { level: 1, name: 'Pratiques inspirantes' })).toBeVisible();
    await page.getByLabel('Rechercher', { exact: true }).fill('ecole INCLUSIVE');
    await page.getByLabel('Région').selectOption({ label: 'Hauts-de-France' });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/\/pratiques\?q=ecole\+INCLUSIVE&region=32$/);
    const results = page.getByRole('list', { name: 'Résultats' });
    const card = results.getByRole('link', { name: SEEDED.title });
    await expect(card).toBeVisible();
    await expect(results.locator('mark').first()).toBeVisible();
    expect((await results.locator('mark').allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['inclusive']));
    await expect(page.getByText(/pour « ecole INCLUSIVE », en Hauts-de-France/)).toBeVisible();
    // The form shows the filters of the address it was opened at.
    await expect(page.getByLabel('Rechercher', { exact: true })).toHaveValue('ecole INCLUSIVE');
    await expect(page.getByLabel('Région')).toHaveValue('32');
    await expectNoAxeViolations(page);

    // Another region: the Hauts-de-France practice is gone (other tests may publish Occitanie ones).
    await page.goto('/pratiques?q=ecole+inclusive&region=76');
    await expect(page.getByText(/pour « ecole inclusive », en Occitanie/)).toBeVisible();
    await expect(page.getByRole('link', { name: SEEDED.title })).toHaveCount(0);
    await page.goto(`/pratiques?q=ecole+inclusive+${uniqueWord()}`);
    await expect(page.getByText(/Aucune pratique ne correspond/)).toBeVisible();
  });

  test('pages de résultats, et une faute de frappe propose des titres proches', async ({ page, db }) => {
    const w = uniqueWord('pagin');
    for (let i = 1; i <= 14; i++) await insertPractice(db, { title: `Passerelle ${w} numéro ${String(i).padStart(2, '0')}` });
    await page.goto(`/pratiques?q=${w}`);
    await expect(page.getByText(`14 pratiques pour « ${w} »`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Résultats' }).locator(':scope > li')).toHaveCount(12);
    await page.getByRole('navigation', { name: 'Pages de résultats' }).getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${w}&page=2`));
    await expect(page.getByRole('list', { name: 'Résultats' }).locator(':scope > li')).toHaveCount(2);

    await page.goto(`/pratiques?q=${encodeURIComponent(`pasrelle ${w.slice(0, -1)}`)}`);
    const similar = page.getByRole('region', { name: /Des titres proches/ });
    await expect(similar.getByRole('link', { name: new RegExp(`Passerelle ${w}`) }).first()).toBeVisible();
  });

  test('la page d’une pratique montre ses rencontres et transmet un message, au clavier', async ({ page, db }) => {
    await page.goto(`/pratiques/${SEEDED.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: SEEDED.title })).toBeVisible();
    const meetings = page.getByRole('region', { name: 'Présentée lors des rencontres' });
    await expect(meetings.locator('a[href="/rencontres/demo-hauts-de-france-amiens"]')).toHaveCount(1);
    const [seeded] = await db.select({ email: practices.respondentEmail }).from(practices).where(eq(practices.slug, SEEDED.slug));
    expect(await page.content()).not.toContain(seeded.email);
    await expectNoAxeViolations(page);

    const sender = `visiteur.${randomUUID().slice(0, 8)}@example.org`;
    const message = 'Bonjour, nous aimerions reproduire cette école dans notre quartier. Pouvons-nous échanger ?';
    await page.getByLabel('Votre nom').focus();
    await page.keyboard.type('Léa Visiteuse');
    await page.keyboard.press('Tab');
    await page.keyboard.type(sender);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ville de Lens');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Trop court');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/20 caractères au moins/)).toBeVisible();
    await page.getByLabel('Votre message').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(message);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#contact-reponse')).toContainText('transmis');

    const mails = await db.select().from(outboundEmails).where(eq(outboundEmails.to, seeded.email));
    const mine = mails.filter((m) => m.text.includes(sender));
    expect(mine).toHaveLength(1);
    expect(mine[0].text).toContain(message);
  });

  test('une pratique sans accord de contact n’a pas de formulaire ; une pratique non publiée répond 404', async ({ page, db }) => {
    const w = uniqueWord();
    const quiet = await insertPractice(db, { title: `Pratique discrète ${w}`, consentContactAt: null });
    await page.goto(`/pratiques/${quiet.slug}`);
    await expect(page.getByText(/n'a pas souhaité être contactée/)).toBeVisible();
    await expect(page.getByLabel('Votre message')).toHaveCount(0);

    const hidden = await insertPractice(db, { title: `Pratique en relecture ${w}`, status: 'submitted' });
    const answer = await page.goto(`/pratiques/${hidden.slug}`);
    expect(answer?.status()).toBe(404);
    await page.goto(`/pratiques?q=${w}`);
    await expect(page.getByText(`1 pratique pour « ${w} »`)).toBeVisible();
  });

  test('l’API répond 200 avec les pratiques publiées seulement, 404 sinon, jamais une adresse', async ({ request, db }) => {
    const w = uniqueWord();
    const shown = await insertPractice(db, { title: `Plateforme ${w}` });
    const hidden = await insertPractice(db, { title: `Plateforme refusée ${w}`, status: 'declined' });
    const list = await request.get(`/api/practices?q=${w}`);
    expect(list.status()).toBe(200);
    const body = await list.json();
    expect(body.total).toBe(1);
    expect(body.practices.map((p: { slug: string }) => p.slug)).toEqual([shown.slug]);
    expect(JSON.stringify(body)).not.toContain('@');

    const one = await request.get(`/api/practices/${shown.slug}`);
    expect(one.status()).toBe(200);
    expect((await one.json()).practice.title).toBe(`Plateforme ${w}`);
    expect((await one.text()).includes(shown.respondentEmail)).toBe(false);
    const refused = await request.get(`/api/practices/${hidden.slug}`);
    expect(refused.status()).toBe(404);
    expect((await refused.json()).error.code).toBe('not_found');
    expect((await request.get('/api/practices/pas-une-pratique')).status()).toBe(404);
  });
});

test.describe('[visiteur] pratiques inspirantes sur un téléphone de 320 px', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test('ni la collection ni une pratique ne défilent de côté', async ({ page }) => {
    for (const path of ['/pratiques', '/pratiques?q=ecole+inclusive', `/pratiques/${SEEDED.slug}`]) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ path, width }).toEqual({ path, width: 320 });
    }
  });
});
