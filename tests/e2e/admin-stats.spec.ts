// National staff read the tour's statistics: charts with their tables, filters kept in the URL, a
// CSV file per table. The figures come from this test's own events, in Corse (a region the seed
// leaves empty) 40 days ago, removed at the end so that the public pages still show Corse empty.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { eq, inArray } from 'drizzle-orm';
import { events, registrations, users, workshopChoices, type OrganisationType, type Registration } from '@/db/schema';
import { addDays, parisDate, parisTime } from '@/lib/time';
import { createEvent, createUser, type TestDb } from '../support/db';
import { DEMO, signIn } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PORT } from './ports';

const CORSE = '94';

/**
 * Two events in Corse on the same day, 40 days ago (so both have taken place, in one edition):
 * Paule comes to both (her e-mail in another case the second time).
 */
async function createFixture(db: TestDb) {
  const tag = randomUUID().slice(0, 6);
  const date = addDays(parisDate(new Date()), -40);
  const created = parisTime(addDays(date, -30), '12:00');
  const slots = [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Atelier A', capacity: 2 }, { code: 'B', title: 'Atelier B', capacity: 4 }] }];
  const m1 = await createEvent(db, { now: created, date, regionCode: CORSE, title: `Statistiques e2e A ${tag}`, slots });
  const m2 = await createEvent(db, { now: created, date, regionCode: CORSE, title: `Statistiques e2e B ${tag}`, slots });
  const register = async (
    event: typeof m1,
    email: string,
    organisationType: OrganisationType,
    postcode: string,
    status: Registration['status'],
    options: { present?: boolean; workshop?: 'A' | 'B' } = {},
  ) => {
    const [row] = await db
      .insert(registrations)
      .values({
        eventId: event.event.id,
        firstName: 'Test',
        lastName: `Statistiques ${tag}`,
        email,
        organisation: 'Organisation de test',
        organisationType,
        postcode,
        consentAt: created,
        status,
        cancelledAt: status === 'cancelled' ? created : null,
        checkedInAt: options.present ? event.event.startsAt : null,
      })
      .returning();
    if (options.workshop) {
      const slot = event.slots[0];
      const workshop = slot.workshops.find((w) => w.code === options.workshop)!;
      await db.insert(workshopChoices).values({ registrationId: row.id, slotId: slot.id, workshopId: workshop.id });
    }
  };
  const paule = `paule.fidele.${tag}@test.example.org`;
  await register(m1, paule, 'collectivite', '20000', 'confirmed', { present: true, workshop: 'A' });
  await register(m1, `bailleur.${tag}@test.example.org`, 'bailleur_social', '20200', 'confirmed', { workshop: 'A' });
  await register(m1, `entreprise.${tag}@test.example.org`, 'entreprise', '', 'waitlisted', { workshop: 'B' });
  await register(m1, `annulee.${tag}@test.example.org`, 'siae', '20090', 'cancelled', { workshop: 'A' });
  await register(m2, paule.toUpperCase(), 'collectivite', '20000', 'confirmed', { present: true, workshop: 'A' });
  await register(m2, `association.${tag}@test.example.org`, 'association', '97200', 'confirmed', { workshop: 'B' });
  return { edition: Number(date.slice(0, 4)), m1, m2, tag };
}

async function removeFixture(db: TestDb, eventIds: string[]) {
  await db.delete(registrations).where(inArray(registrations.eventId, eventIds));
  await db.delete(events).where(inArray(events.id, eventIds));
}

const tableNamed = (page: Page, caption: RegExp) => page.getByRole('table', { name: caption });

/** The cells (row header first) of each body row. */
async function expectRows(table: Locator, rows: string[][]) {
  await expect(table.locator('tbody tr')).toHaveCount(rows.length);
  for (const [i, cells] of rows.entries()) await expect(table.locator('tbody tr').nth(i).locator('th, td')).toHaveText(cells);
}

test.describe('[national] statistiques du Tour', () => {
  let fixture: Awaited<ReturnType<typeof createFixture>>;
  test.beforeEach(async ({ db }) => {
    fixture = await createFixture(db);
  });
  test.afterEach(async ({ db }) => {
    if (fixture) await removeFixture(db, [fixture.m1.event.id, fixture.m2.event.id]);
  });

  test('[national] lit les graphiques et leurs tableaux, filtre par édition et région, télécharge un tableau en CSV', async ({ page }) => {
    const { edition, m1, m2 } = fixture;
    const Y = String(edition);
    await signIn(page, DEMO.national);
    await page.goto(`/admin/statistiques?edition=${edition}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Statistiques du Tour' })).toBeVisible();
    await expect(page.getByLabel('Édition', { exact: true })).toHaveValue(Y);

    // The region through the GET form: kept in the URL and in the form.
    await page.getByLabel('Région', { exact: true }).selectOption({ label: 'Corse' });
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect(page).toHaveURL(`/admin/statistiques?edition=${edition}&region=${CORSE}`);
    await expect(page.getByText(`Édition ${edition} · Corse`)).toBeVisible();
    await expect(page.getByLabel('Région', { exact: true })).toHaveValue(CORSE);

    await expect(page.getByRole('region', { name: 'En bref' }).getByRole('definition')).toHaveText(['2', '5', '4', '3', '50 %', '1 (33 %)']);

    // Each chart is one image named by its values, and a table follows with the numbers.
    const regionsChart = page.getByRole('img', { name: /^Graphique en barres, inscriptions et personnes uniques par région/ });
    await expect(regionsChart).toHaveAttribute('aria-label', /Corse : Inscriptions 5, Personnes uniques 4\./);
    const regions = tableNamed(page, /Inscriptions et personnes uniques par région et par édition/);
    await expect(regions.getByRole('columnheader')).toHaveText([
      'Région',
      'Édition',
      'Rencontres',
      'Inscriptions',
      'Confirmées',
      "Liste d'attente",
      'Personnes uniques',
      'Participants uniques (confirmés)',
    ]);
    // Paule is one person in two events; the cancelled registration counts nowhere.
    await expectRows(regions, [
      ['Corse', Y, '2', '5', '4', '1', '4', '3'],
      ['Total', Y, '2', '5', '4', '1', '4', '3'],
    ]);

    await expect(page.getByRole('img', { name: /^Graphique en barres, inscriptions par type d'organisation/ })).toBeVisible();
    const organisations = tableNamed(page, /Types d'organisation/);
    await expect(organisations.locator('tbody tr').first().locator('th, td')).toHaveText(['Collectivité', '2', '1', '40 %']);
    await expect(organisations.locator('tbody tr').filter({ hasText: 'Bailleur social' }).locator('td')).toHaveText(['1', '1', '20 %']);
    await expect(organisations.locator('tbody tr').filter({ hasText: "Structure d'insertion (SIAE)" }).locator('td')).toHaveText(['0', '0', '0 %']);

    await expect(page.getByRole('img', { name: /^Graphique en barres, participants confirmés par monde/ })).toHaveAttribute(
      'aria-label',
      /Emploi : 0 \(0\s%\) ; Habitat : 1 \(25\s%\) ; Politique de la ville : 3 \(75\s%\) ; Renouvellement urbain : 0 \(0\s%\) ; Autre : 0 \(0\s%\)/,
    );
    await expectRows(tableNamed(page, /Les quatre mondes du Tour/), [
      ['Emploi', '0', '0', '0 %'],
      ['Habitat', '1', '1', '25 %'],
      ['Politique de la ville', '3', '2', '75 %'],
      ['Renouvellement urbain', '0', '0', '0 %'],
      ['Autre', '0', '0', '0 %'],
    ]);

    await expect(page.getByRole('img', { name: /^Graphique en barres, inscriptions par département/ })).toBeVisible();
    await expectRows(tableNamed(page, /Territoires : départements des inscrits/), [
      ['Corse-du-Sud (2A)', '2', '1', '40 %'],
      ['Haute-Corse (2B)', '1', '1', '20 %'],
      ['Martinique (972)', '1', '1', '20 %'],
      ['Non renseigné', '1', '1', '20 %'],
    ]);

    await expect(page.getByRole('img', { name: /^Graphique en barres, remplissage des ateliers/ })).toBeVisible();
    const ateliers = tableNamed(page, /Popularité des ateliers/);
    await expect(ateliers.locator('tbody tr')).toHaveCount(4);
    const fill = async (i: number) => [
      await ateliers.locator('tbody tr').nth(i).locator('th').innerText(),
      await ateliers.locator('tbody tr').nth(i).locator('td').nth(1).innerText(),
      ...(await ateliers.locator('tbody tr').nth(i).locator('td').allInnerTexts()).slice(5).map((t) => t.replace(/\s/g, ' ')),
    ];
    expect(await fill(0)).toEqual(['A. Atelier A', m1.event.title, '2', '2', '100 %']);
    expect(await fill(1)).toEqual(['A. Atelier A', m2.event.title, '1', '2', '50 %']);
    expect(await fill(2)).toEqual(['B. Atelier B', m2.event.title, '1', '4', '25 %']);
    expect(await fill(3)).toEqual(['B. Atelier B', m1.event.title, '0', '4', '0 %']);

    await expect(page.getByRole('img', { name: /^Graphique en barres, taux de présence des rencontres passées/ })).toBeVisible();
    const presence = tableNamed(page, /Taux de présence des rencontres passées/);
    await expect(presence.locator('tbody tr')).toHaveCount(3);
    await expect(presence.locator('tbody tr').last().locator('th, td')).toHaveText(['Ensemble des rencontres passées', '', '', '4', '2', '50 %']);

    await expect(page.getByRole('img', { name: /^Graphique en barres, personnes selon le nombre de rencontres/ })).toBeVisible();
    await expectRows(tableNamed(page, /Participants venus à plusieurs rencontres/), [
      ['1 rencontre', '2', '67 %'],
      ['2 rencontres', '1', '33 %'],
      ['2 rencontres ou plus', '1', '33 %'],
      ['Total des personnes', '3', '100 %'],
    ]);

    await expectNoAxeViolations(page);

    // The CSV of a table keeps the filters of the page.
    const link = page.getByRole('link', { name: 'Télécharger en CSV : Inscriptions et personnes par région' });
    await expect(link).toHaveAttribute('href', `/admin/statistiques/regions/export.csv?edition=${edition}&region=${CORSE}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^statistiques-regions-${edition}-region-94-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      "Région;Édition;Rencontres;Inscriptions;Confirmées;Liste d'attente;Personnes uniques;Participants uniques (confirmés)",
      `Corse;${Y};2;5;4;1;4;3`,
      `Total;${Y};2;5;4;1;4;3`,
      '',
    ]);

    const worlds = await page.request.get(`/admin/statistiques/mondes/export.csv?edition=${edition}&region=${CORSE}`);
    expect(worlds.status()).toBe(200);
    expect(worlds.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await worlds.text()).split('\r\n').slice(0, 4)).toEqual([
      '\uFEFFMonde;Participants confirmés;Personnes uniques;Part des participants (%)',
      'Emploi;0;0;0',
      'Habitat;1;1;25',
      'Politique de la ville;3;2;75',
    ]);
  });
});

test.describe('[national] statistiques : une longue liste d’ateliers', () => {
  // One event of 30 ateliers, in Corse in an edition nobody else uses: filtered on both, the page
  // holds exactly these ateliers.
  const EDITION = 2043;
  let eventId: string | undefined;
  test.afterEach(async ({ db }) => {
    if (eventId) await removeFixture(db, [eventId]);
  });

  test('[national] voit les 10 ateliers les plus remplis et les 10 moins remplis, le CSV les a tous', async ({ page, db }) => {
    const codes = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''), 'A1', 'B1', 'C1', 'D1'];
    const tag = randomUUID().slice(0, 6);
    const { event, slots } = await createEvent(db, {
      date: `${EDITION}-05-12`,
      regionCode: CORSE,
      title: `Statistiques e2e ateliers ${tag}`,
      slots: [{ starts: '13:30', ends: '14:30', workshops: codes.map((code) => ({ code, title: `Atelier ${code}`, capacity: 10 })) }],
    });
    eventId = event.id;
    // A: 2 choices of 10 places, B: 1; the 28 others none.
    for (const [i, code] of ['A', 'A', 'B'].entries()) {
      const [row] = await db
        .insert(registrations)
        .values({
          eventId: event.id,
          firstName: 'Test',
          lastName: `Ateliers ${tag}`,
          email: `ateliers.${i}.${tag}@test.example.org`,
          organisation: 'Organisation de test',
          organisationType: 'collectivite',
          postcode: '20000',
          consentAt: new Date(),
          status: 'confirmed',
        })
        .returning();
      const workshop = slots[0].workshops.find((w) => w.code === code)!;
      await db.insert(workshopChoices).values({ registrationId: row.id, slotId: slots[0].id, workshopId: workshop.id });
    }

    await signIn(page, DEMO.national);
    await page.goto(`/admin/statistiques?edition=${EDITION}&region=${CORSE}`);
    await expect(page.getByText('30 ateliers : voici les 10 plus remplis et les 10 moins remplis.')).toBeVisible();
    await expect(page.getByRole('img', { name: /^Graphique en barres, remplissage des ateliers.*\(les 10 plus remplis et les 10 moins remplis sur 30\)/ })).toBeVisible();

    const fullest = tableNamed(page, /^Les 10 ateliers les plus remplis \(sur 30/);
    await expect(fullest.locator('tbody tr')).toHaveCount(10);
    await expect(fullest.locator('tbody tr').first().locator('th')).toHaveText('A. Atelier A');
    await expect(fullest.locator('tbody tr').nth(1).locator('th')).toHaveText('B. Atelier B');
    const emptiest = tableNamed(page, /^Les 10 ateliers les moins remplis \(sur 30/);
    await expect(emptiest.locator('tbody tr')).toHaveCount(10);
    await expect(emptiest.locator('tbody tr').last().locator('th')).toHaveText('Z. Atelier Z');
    await expect(tableNamed(page, /Popularité des ateliers/)).toHaveCount(0);
    await expectNoAxeViolations(page);

    const link = page.getByRole('link', { name: 'Télécharger en CSV : Popularité des ateliers (les 30 ateliers)' });
    const csv = await page.request.get((await link.getAttribute('href'))!);
    expect((await csv.text()).split('\r\n').filter(Boolean)).toHaveLength(1 + 30);
  });
});

test.describe('[autorisations] statistiques nationales', () => {
  test('[partenaire Occitanie] ne voit ni la page ni les CSV ; [anonyme] renvoyé à la connexion ; session d’un compte désactivé : 401', async ({ browser, request, db }) => {
    const path = '/admin/statistiques/regions/export.csv';
    const anonymous = await request.get(path, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers().location).toContain('/connexion');

    const partner = await browser.newContext({ baseURL: `http://localhost:${PORT}`, locale: 'fr-FR' });
    const partnerPage = await partner.newPage();
    await signIn(partnerPage, DEMO.occitanie);
    const refused = await partnerPage.request.get(path);
    expect(refused.status()).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: 'not_found' } });
    await partnerPage.goto('/admin/statistiques');
    await expect(partnerPage.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await partner.close();

    // The proxy lets a signed cookie through; the route reads the account again and finds it closed.
    const staff = await createUser(db, { role: 'national', password: 'mot-de-passe-de-test' });
    const closed = await browser.newContext({ baseURL: `http://localhost:${PORT}`, locale: 'fr-FR' });
    const closedPage = await closed.newPage();
    await signIn(closedPage, staff.email, 'mot-de-passe-de-test');
    expect((await closedPage.request.get(path)).status()).toBe(200);
    await db.update(users).set({ active: false }).where(eq(users.id, staff.id));
    const unauthorized = await closedPage.request.get(path);
    expect(unauthorized.status()).toBe(401);
    expect(await unauthorized.json()).toMatchObject({ error: { code: 'unauthorized' } });
    await closed.close();
  });
});
