// The Occitanie demo partner follows the registrations of the seeded demo event, exports them and
// checks people in, by the search desk and by the QR code's signed link.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { and, asc, eq } from 'drizzle-orm';
import { findSeats } from '@/db/queries/seats';
import { auditEntries, events, outboundEmails, registrations } from '@/db/schema';
import { REGISTRATION_CSV_HEADERS } from '@/lib/exports/registrations-csv';
import { cancelRegistration } from '@/lib/registrations/manage';
import type { TestDb } from '../support/db';
import { DEMO, signIn } from './auth';
import { expect, expectNoAxeViolations } from './fixtures';
import { tabTo } from './keyboard';
import { PORT } from './ports';
import { signedInTest } from './signed-in';

const test = signedInTest(DEMO.occitanie);

let ipCounter = 0;
/** A distinct client address per request, as the reverse proxy would pass it (rate limits). */
const client = () => ({ 'x-forwarded-for': `198.19.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}` });

/**
 * Three people of this test on the demo event, registered through the public API: two in
 * different ateliers of the first slot, and one whose organisation looks like a formula,
 * cancelled afterwards. Their last names carry a tag that only this test uses.
 */
async function registerPeople(request: APIRequestContext, db: TestDb) {
  const [event] = await db.select().from(events).where(eq(events.slug, 'demo-occitanie-toulouse'));
  const { slots } = await findSeats(db, event.id);
  // The ateliers with the most seats left (atelier C of the demo is nearly full on purpose).
  const roomy = slots.map((s) => [...s.workshops].sort((a, b) => b.capacity - b.taken - (a.capacity - a.taken)));
  const tag = randomUUID().replace(/[^a-f]/g, '').slice(0, 6) || 'abcdef';
  const register = async (firstName: string, lastName: string, organisation: string, firstSlotChoice: number) => {
    const workshops = Object.fromEntries(slots.map((s, i) => [s.id, (i === 0 ? roomy[i][firstSlotChoice] : roomy[i][0]).id]));
    const response = await request.post(`/api/events/${event.slug}/registrations`, {
      headers: client(),
      data: {
        firstName,
        lastName,
        email: `${firstName.normalize('NFD').replace(/[\u0300-\u036f]/g, '')}.${tag}@test.example.org`.toLowerCase(),
        organisation,
        organisationType: 'collectivite',
        lunch: true,
        consent: true,
        workshops,
      },
    });
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { id: string; status: string; manageUrl: string };
    expect(body.status).toBe('confirmed');
    return { ...body, firstName, lastName, name: `${firstName} ${lastName}`, workshopId: workshops[slots[0].id] };
  };
  const maelle = await register('Maëlle', `Dufour${tag}`, `Régie de quartier ${tag}`, 0);
  const bastien = await register('Bastien', `Roussel${tag}`, `PLIE ${tag}`, 1);
  const formula = await register('Jules', `Formule${tag}`, `=HYPERLINK("http://exemple.invalid";"clic") ${tag}`, 0);
  await cancelRegistration(formula.manageUrl.split('/').pop()!, { now: new Date(), appUrl: `http://localhost:${PORT}` }, db);
  return { event, slots, tag, maelle, bastien, formula };
}

const bodyRows = (page: Page) => page.getByRole('table', { name: /Inscriptions à la rencontre/ }).locator('tbody tr');

test.describe('[partenaire Occitanie] inscriptions et accueil de sa rencontre', () => {
  test('[partenaire Occitanie] suit les inscriptions : chiffres, recherche, filtres gardés dans l’URL, export CSV pour Excel', async ({ page, request, db }) => {
    const { event, slots, tag, maelle, bastien, formula } = await registerPeople(request, db);
    const path = `/espace/rencontres/${event.id}/inscriptions`;
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Inscriptions' })).toBeVisible();
    // Counts and fill: numbers in a table, not only bars.
    const fill = page.getByRole('table', { name: /Remplissage des ateliers/ });
    await expect(fill.getByRole('columnheader')).toHaveText(['Créneau', 'Atelier', 'Confirmés', 'Capacité', 'Places restantes', 'En attente', 'Remplissage']);
    await expect(fill.locator('tbody tr')).toHaveCount(slots.reduce((n, s) => n + s.workshops.length, 0));
    await expect(page.getByRole('term').filter({ hasText: 'Confirmées' })).toBeVisible();
    await expect(bodyRows(page).filter({ hasText: maelle.lastName })).toHaveCount(1);
    await expectNoAxeViolations(page);

    // Search: the three people of this test, the cancelled one included.
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill(tag);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(`${path}?q=${tag}`);
    await expect(bodyRows(page)).toHaveCount(3);
    await expect(page.getByRole('status').filter({ hasText: '3 inscriptions sur' })).toBeVisible();

    // Status, then atelier: kept in the URL and in the form.
    await page.getByLabel('Statut').selectOption({ label: 'Confirmée' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(`${path}?q=${tag}&statut=confirmee`);
    await expect(bodyRows(page)).toHaveCount(2);
    await expect(bodyRows(page).filter({ hasText: formula.lastName })).toHaveCount(0);
    await page.getByLabel('Atelier', { exact: true }).selectOption(bastien.workshopId);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(`${path}?q=${tag}&statut=confirmee&atelier=${bastien.workshopId}`);
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page).first().getByRole('rowheader')).toContainText(`${bastien.lastName} Bastien`);
    await expect(page.getByLabel('Statut')).toHaveValue('confirmee');
    await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toHaveValue(tag);
    await expectNoAxeViolations(page);

    // The export link keeps the filters: the file holds the one row shown.
    const exportLink = page.getByRole('link', { name: /Exporter en CSV/ });
    await expect(exportLink).toHaveAttribute('href', `${path}/export.csv?q=${tag}&statut=confirmee&atelier=${bastien.workshopId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^inscriptions-demo-occitanie-toulouse-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    const headers = lines[0].split(';');
    // The French headers themselves are pinned by lib/exports/csv.test.ts.
    expect(headers.slice(0, REGISTRATION_CSV_HEADERS.length)).toEqual([...REGISTRATION_CSV_HEADERS]);
    expect(headers.slice(REGISTRATION_CSV_HEADERS.length)).toHaveLength(slots.length);
    for (const header of headers.slice(REGISTRATION_CSV_HEADERS.length)) expect(header).toMatch(/^Atelier \d{1,2}h\d{2}–\d{1,2}h\d{2}$/);
    expect(lines).toHaveLength(3); // headers, one row, the empty string after the last CRLF
    expect(lines[1].split(';').slice(0, 2)).toEqual(['Bastien', bastien.lastName]);
    expect(lines[1]).toMatch(/;Confirmée;oui;;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};non;[A-Z]\. /);

    // The same URL with only the search, fetched with the session: the formula is neutralised.
    const response = await page.request.get(`${path}/export.csv?q=${tag}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="inscriptions-demo-occitanie-toulouse-/);
    const csv = await response.text();
    expect(csv.split('\r\n')).toHaveLength(1 + 3 + 1);
    expect(csv).toContain(`;"'=HYPERLINK(""http://exemple.invalid"";""clic"") ${tag}";`);
    expect(csv).toContain(';Annulée;');
  });

  test('[partenaire Occitanie] accueil au clavier : marque présent, annule, les compteurs suivent', async ({ page, request, db }) => {
    const { event, maelle } = await registerPeople(request, db);
    await page.goto(`/espace/rencontres/${event.id}/accueil`);
    await expect(page.getByRole('heading', { level: 1, name: 'Accueil des participants' })).toBeVisible();
    const counter = page.locator('#compteur-presences');
    await expect(counter).toHaveAttribute('aria-live', 'polite');
    const read = async () => {
      const [, present, confirmed] = /(\d+) présent.* sur (\d+)/.exec((await counter.textContent())!.replace(/\s+/g, ' '))!;
      return { present: Number(present), confirmed: Number(confirmed) };
    };
    const before = await read();

    const search = page.getByRole('searchbox', { name: 'Nom ou adresse e-mail' });
    await tabTo(page, search);
    await page.keyboard.type(maelle.lastName);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?q=${maelle.lastName}$`));
    await expect(page.getByRole('heading', { level: 3, name: maelle.name })).toBeVisible();
    await expect(page.getByText('Pas encore arrivé·e')).toBeVisible();
    await expectNoAxeViolations(page);

    const mark = page.getByRole('button', { name: `Marquer présent : ${maelle.name}` });
    await tabTo(page, mark);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `${maelle.name} : présence enregistrée à` })).toBeVisible();
    const undo = page.getByRole('button', { name: `Annuler la présence : ${maelle.name}` });
    await expect(undo).toBeVisible();
    await expect(undo).toBeFocused();
    await expect(page.getByText(/Déjà présent·e depuis \d{1,2}h\d{2}/)).toBeVisible();
    await expect.poll(read).toEqual({ present: before.present + 1, confirmed: before.confirmed });
    const [row] = await db.select().from(registrations).where(eq(registrations.id, maelle.id));
    expect(row.checkedInAt).not.toBeNull();
    await expectNoAxeViolations(page);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `${maelle.name} : présence annulée.` })).toBeVisible();
    await expect(page.getByRole('button', { name: `Marquer présent : ${maelle.name}` })).toBeFocused();
    await expect.poll(read).toEqual(before);
    const [undone] = await db.select().from(registrations).where(eq(registrations.id, maelle.id));
    expect(undone.checkedInAt).toBeNull();
    const audit = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entity, 'registration'), eq(auditEntries.entityId, maelle.id)))
      .orderBy(asc(auditEntries.id));
    expect(audit.map((a) => a.action)).toEqual(['check_in', 'undo_check_in']);
  });

  test('[partenaire Occitanie] le lien signé du QR code de l’e-mail ouvre l’accueil de cette inscription', async ({ page, request, db }) => {
    const { bastien } = await registerPeople(request, db);
    const [mail] = await db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.registrationId, bastien.id), eq(outboundEmails.kind, 'registration_confirmed')));
    const qr = mail.attachments.find((a) => a.contentType === 'image/png')!;
    expect(qr).toMatchObject({ encoding: 'base64', cid: `qr-${bastien.id}@tour` });
    expect(mail.html).toContain(`src="cid:${qr.cid}"`);
    const link = /https?:\/\/\S+(\/espace\/accueil\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43})/.exec(mail.text)![1];
    expect(link).toContain(bastien.id);

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: `Accueil : ${bastien.name}` })).toBeVisible();
    await expect(page.locator('#statut-inscription')).toHaveText('Confirmée');
    await expect(page.getByText(`PLIE ${bastien.lastName.slice('Roussel'.length)}`)).toBeVisible();
    await expect(page.getByText('Pas encore arrivé·e')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /^Marquer présent/ }).click();
    await expect(page.getByText(/^Déjà présent·e depuis \d{1,2}h\d{2}$/)).toBeVisible();
    await page.getByRole('button', { name: /^Annuler la présence/ }).click();
    await expect(page.getByText('Pas encore arrivé·e')).toBeVisible();

    // A tampered signature leads nowhere.
    const last = link.at(-1) === 'A' ? 'B' : 'A';
    await page.goto(link.slice(0, -1) + last);
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  });
});

test.describe('[partenaire Bretagne] rencontre d’une autre région', () => {
  test('[partenaire Bretagne] ne peut ouvrir ni les inscriptions, ni l’export, ni l’accueil, ni le lien signé de l’Occitanie', async ({ browser, request, db }) => {
    const { event, maelle } = await registerPeople(request, db);
    const [mail] = await db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.registrationId, maelle.id), eq(outboundEmails.kind, 'registration_confirmed')));
    const link = /https?:\/\/\S+(\/espace\/accueil\/\S+)/.exec(mail.text)![1];
    const context = await browser.newContext({ baseURL: `http://localhost:${PORT}`, locale: 'fr-FR' });
    const page = await context.newPage();
    await signIn(page, DEMO.bretagne);
    for (const path of [`/espace/rencontres/${event.id}/inscriptions`, `/espace/rencontres/${event.id}/accueil?q=${maelle.lastName}`, link]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
      await expect(page.getByText(maelle.lastName)).toHaveCount(0);
    }
    const csv = await page.request.get(`/espace/rencontres/${event.id}/inscriptions/export.csv`);
    expect(csv.status()).toBe(404);
    expect(await csv.text()).not.toContain(maelle.lastName);
    await context.close();
  });
});
