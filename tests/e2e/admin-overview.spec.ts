// National staff oversee every event from /admin: filters kept in the URL, totals, the tour-wide
// CSV export, and a person found by e-mail and erased from every event. The events of this
// file are in the 2068 and 2069 editions (one per test), which nothing else uses: the figures are exact.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { auditEntries, registrations } from '@/db/schema';
import { REGISTRATION_CSV_HEADERS } from '@/lib/exports/registrations-csv';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent, type TestDb } from '../support/db';
import { validInput } from '../support/registration';
import { DEMO, signIn } from './auth';
import { expect, expectNoAxeViolations } from './fixtures';
import { PORT } from './ports';
import { signedInTest } from './signed-in';

const test = signedInTest(DEMO.national);

const EDITION = '2068';
const appUrl = `http://localhost:${PORT}`;

/**
 * Two events of the year: in Occitanie (2 seats, 15 March) Chloé and Alice are confirmed and Bruno
 * waits; in Bretagne (10 seats, 19 April) Chloé is confirmed too, under her address in lower case.
 */
async function createEvents(db: TestDb, year: string) {
  const tag = randomUUID().replace(/[^a-f]/g, '').slice(0, 6) || 'abcdef';
  const occitanie = await createEvent(db, { date: `${year}-03-15`, regionCode: '76', capacity: 2, title: `Rencontre nationale ${tag} à Montpellier` });
  const bretagne = await createEvent(db, { date: `${year}-04-19`, regionCode: '53', capacity: 10, title: `Rencontre nationale ${tag} à Rennes` });
  const chloe = `Chloe.Effacee.${tag}@Test.Example.org`;
  const register = (event: typeof occitanie, overrides: Record<string, unknown>) =>
    registerAttendee(validInput(event.slots, overrides), { slug: event.event.slug, now: new Date(), appUrl }, db);
  const people = {
    chloeOccitanie: await register(occitanie, { firstName: 'Chloé', lastName: `Effacée${tag}`, email: chloe }),
    alice: await register(occitanie, { firstName: 'Alice', lastName: `Garnier${tag}` }),
    bruno: await register(occitanie, { firstName: 'Bruno', lastName: `Henry${tag}` }),
    chloeBretagne: await register(bretagne, { firstName: 'Chloé', lastName: `Effacée${tag}`, email: chloe.toLowerCase() }),
  };
  expect(Object.values(people).map((p) => p.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'confirmed']);
  return { tag, occitanie, bretagne, chloe, people };
}

test.describe('[national] console des rencontres et données personnelles', () => {
  test('[national] voit toutes les rencontres avec filtres dans l’URL et totaux, et exporte les inscriptions du Tour en CSV', async ({ page, db }) => {
    const { occitanie, bretagne } = await createEvents(db, EDITION);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Rencontres du Tour' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Créer une rencontre' })).toHaveAttribute('href', '/espace/rencontres/nouvelle');

    await page.getByLabel('Édition').selectOption(EDITION);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(`/admin?edition=${EDITION}`);
    const table = page.getByRole('table', { name: /Rencontres du Tour/ });
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await expect(table.getByRole('columnheader')).toHaveText([
      'Rencontre',
      'Région',
      'Date',
      'Statut',
      'Capacité',
      'Confirmées',
      'Liste d’attente',
      'Remplissage',
      'Présence',
      'Outils',
    ]);
    // Newest first: Rennes (April) then Montpellier (March).
    const rennes = table.locator('tbody tr').nth(0);
    await expect(rennes.getByRole('rowheader')).toContainText(bretagne.event.title);
    await expect(rennes.locator('td')).toHaveText(['Bretagne', `19 avril ${EDITION}`, 'Publiée', '10', '1', '0', /^10\s%$/, /sans objet/, /Modifier/]);
    await expect(rennes.getByRole('link', { name: `Modifier « ${bretagne.event.title} »` })).toHaveAttribute('href', `/espace/rencontres/${bretagne.event.id}`);
    const totals = table.locator('tfoot tr');
    await expect(totals.locator('th, td')).toHaveText(['Total (2 rencontres)', '12', '3', '1', /^25\s%$/, /sans objet/, /Aucun outil/]);
    await expectNoAxeViolations(page);

    await page.getByLabel('Région').selectOption({ label: 'Occitanie' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(`/admin?edition=${EDITION}&region=76`);
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table.locator('tbody tr').getByRole('rowheader')).toContainText(occitanie.event.title);
    await expect(totals.locator('th, td')).toHaveText(['Total (1 rencontre)', '2', '2', '1', /^100\s%$/, /sans objet/, /Aucun outil/]);
    await expect(page.getByLabel('Édition')).toHaveValue(EDITION);
    await expect(page.getByLabel('Région')).toHaveValue('76');
    await page.getByLabel('Statut').selectOption({ label: 'Brouillon' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(`/admin?edition=${EDITION}&region=76&statut=brouillon`);
    await expect(page.getByRole('heading', { level: 2, name: 'Aucune rencontre ne correspond.' })).toBeVisible();
    await page.goBack();
    await expect(table.locator('tbody tr')).toHaveCount(1);

    // The export keeps the page's filters: the three registrations of Montpellier only.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^inscriptions-tour-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0].split(';')).toEqual(['Rencontre', 'Région', 'Date', ...REGISTRATION_CSV_HEADERS, 'Atelier 1', 'Atelier 2']);
    expect(lines).toHaveLength(1 + 3 + 1);
    for (const line of lines.slice(1, 4)) expect(line.startsWith(`${occitanie.event.title};Occitanie;15/03/2068;`)).toBe(true);
    expect(lines.slice(1, 4).map((l) => l.split(';')[10])).toEqual(expect.arrayContaining(['Confirmée', "Liste d'attente"]));

    // The same with a registration status, fetched with the session.
    const response = await page.request.get(`/admin/export.csv?edition=${EDITION}&region=76&inscriptions=attente`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['cache-control']).toBe('no-store');
    const waiting = (await response.text()).split('\r\n');
    expect(waiting).toHaveLength(1 + 1 + 1);
    expect(waiting[1].split(';').slice(3, 5)).toEqual(['Bruno', expect.stringMatching(/^Henry/)]);
  });

  test('[partenaire Occitanie] et [anonyme] n’ont pas l’export du Tour', async ({ browser }) => {
    const anonymous = await browser.newContext({ baseURL: appUrl, storageState: { cookies: [], origins: [] } });
    const refused = await anonymous.request.get('/admin/export.csv', { maxRedirects: 0 });
    expect([302, 303, 307, 308, 401]).toContain(refused.status());
    if (refused.status() !== 401) expect(refused.headers().location).toContain('/connexion');
    await anonymous.close();

    const partner = await browser.newContext({ baseURL: appUrl, storageState: { cookies: [], origins: [] } });
    const page = await partner.newPage();
    await signIn(page, DEMO.occitanie);
    const response = await partner.request.get(`/admin/export.csv?edition=${EDITION}`, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain(';');
    await partner.close();
  });

  test('[national] retrouve une personne par e-mail et l’efface de toutes les rencontres', async ({ page, db }) => {
    const { tag, chloe, people } = await createEvents(db, '2069');
    await page.goto('/admin/personnes');
    await expect(page.getByRole('heading', { level: 1, name: 'Personnes' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Another case than either registration: the search ignores it.
    const address = chloe.toUpperCase();
    await page.getByLabel('Adresse e-mail de la personne').fill(address);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `2 inscriptions de ${address} (2 rencontres)` })).toBeVisible();
    const rows = page.getByRole('table', { name: /Inscriptions de cette personne/ }).locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).locator('td')).toHaveText(['Occitanie', '15 mars 2069', /Confirmée\s*À venir : sera annulée/, 'Conservées']);
    await expect(rows.nth(1).locator('td')).toHaveText(['Bretagne', '19 avril 2069', /Confirmée/, 'Conservées']);
    await expect(page.getByLabel('Adresse e-mail de la personne')).toHaveValue(address);
    await expectNoAxeViolations(page);

    // Without the confirmation: refused, nothing erased.
    const erase = page.getByRole('button', { name: 'Effacer cette personne de toutes les rencontres' });
    await erase.click();
    await expect(page.getByText('Cochez la case pour confirmer l’effacement définitif.')).toBeVisible();
    const [still] = await db.select().from(registrations).where(eq(registrations.id, people.chloeBretagne.id));
    expect(still.email).toBe(chloe.toLowerCase());

    await page.getByLabel(/Je confirme l’effacement définitif/).check();
    await erase.click();
    await expect(
      page.getByText(
        'La personne a été effacée de 2 inscriptions (2 rencontres). 2 inscriptions à venir ont été annulées et 1 personne de la liste d’attente a été confirmée.',
        { exact: false },
      ),
    ).toBeVisible();
    await expect(rows).toHaveCount(0);
    await expectNoAxeViolations(page);

    // In the database: blank rows, cancelled; Bruno confirmed in the freed seat; no trace anywhere.
    const ids = [people.chloeOccitanie.id, people.chloeBretagne.id];
    const erased = await db.select().from(registrations).where(inArray(registrations.id, ids));
    for (const row of erased) expect(row).toMatchObject({ firstName: 'Anonyme', lastName: 'Anonyme', organisation: '', status: 'cancelled' });
    expect(new Set(erased.map((r) => r.personKey)).size).toBe(1);
    const [bruno] = await db.select().from(registrations).where(eq(registrations.id, people.bruno.id));
    expect(bruno.status).toBe('confirmed');
    for (const table of ['registrations', 'outbound_emails', 'audit_entries', 'manage_links']) {
      for (const needle of [chloe.toLowerCase(), `effacée${tag}`]) {
        const [row] = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} t WHERE position(${needle} in lower(to_jsonb(t)::text)) > 0`);
        expect({ table, needle, n: row.n }).toEqual({ table, needle, n: 0 });
      }
    }
    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'person'), eq(auditEntries.action, 'erase')));
    expect(audit.map((a) => a.changes)).toContainEqual({
      registrations: { before: null, after: 2 },
      events: { before: null, after: 2 },
      cancelled: { before: null, after: 2 },
    });

    // Searched again: nobody.
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByText('Aucune inscription n’est enregistrée pour cette adresse.')).toBeVisible();
  });
});
