// The Occitanie demo partner runs an event of their own from draft to publication: creation, a
// two-slot programme with ateliers, the public page; a capacity below the confirmed registrations
// is refused. Every event here is created through the UI, in Occitanie, with a title of its own.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { events, registrations } from '@/db/schema';
import { addDays, parisDate } from '@/lib/time';
import { DEMO } from './auth';
import { expect, expectNoAxeViolations } from './fixtures';
import { signedInTest } from './signed-in';

const test = signedInTest(DEMO.occitanie);

const today = parisDate(new Date());
const eventDate = addDays(today, 90);

/** Creates a draft through "Créer une rencontre" and returns its id (from the page it lands on). */
async function createEvent(page: Page, title: string, capacity = 40) {
  await page.goto('/espace');
  await page.getByRole('link', { name: 'Créer une rencontre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Créer une rencontre' })).toBeVisible();
  await expect(page.getByLabel('Région')).toHaveValue(/\d+/); // their only region, already chosen
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Date').fill(eventDate);
  await page.getByLabel('Début').fill('09:30');
  await page.getByLabel('Fin').fill('16:30');
  await page.getByLabel('Ville').fill('Albi');
  await page.getByLabel('Nom du lieu').fill('Salle des fêtes (lieu fictif)');
  await page.getByLabel('Adresse').fill('1 place de l’Exemple');
  await page.getByLabel('Code postal').fill('81000');
  await page.getByLabel('Nombre de places').fill(String(capacity));
  await page.getByRole('button', { name: 'Créer la rencontre' }).click();
  await expect(page).toHaveURL(/\/espace\/rencontres\/[0-9a-f-]{36}\?creee=1$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('La rencontre est créée en brouillon.')).toBeVisible();
  return page.url().match(/rencontres\/([0-9a-f-]{36})/)![1];
}

async function addAgendaItem(page: Page, kind: string, title: string, start: string, end: string) {
  const form = page.getByRole('region', { name: 'Ajouter un temps au programme' });
  await form.getByLabel('Nature').selectOption({ label: kind });
  await form.getByLabel('Titre').fill(title);
  await form.getByLabel('Début').fill(start);
  await form.getByLabel('Fin').fill(end);
  await form.getByRole('button', { name: 'Ajouter au programme' }).click();
  await expect(form.getByText('Le temps est ajouté au programme.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Déroulé de la journée' }).getByRole('heading', { level: 3, name: new RegExp(title) })).toBeVisible();
}

function agendaEntry(page: Page, title: string) {
  return page
    .getByRole('region', { name: 'Déroulé de la journée' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(title) }) });
}

async function addWorkshop(page: Page, slotTitle: string, code: string, title: string, capacity: number) {
  const adder = agendaEntry(page, slotTitle).locator('details').filter({ has: page.locator('summary', { hasText: 'Ajouter un atelier' }) });
  if (!(await adder.evaluate((el) => (el as HTMLDetailsElement).open))) await adder.locator('summary').click();
  await adder.getByLabel('Lettre').fill(code);
  await adder.getByLabel('Titre de l’atelier').fill(title);
  await adder.getByLabel('Salle').fill(`Salle ${code}`);
  await adder.getByLabel('Places').fill(String(capacity));
  await adder.getByRole('button', { name: 'Ajouter l’atelier' }).click();
  await expect(agendaEntry(page, slotTitle).getByText(title, { exact: true })).toBeVisible();
}

test.describe('[partenaire Occitanie] rencontres et programme', () => {
  test('crée une rencontre, construit un programme à deux créneaux d’ateliers, la publie et la voit sur le site public', async ({ page, db }) => {
    test.setTimeout(120_000);
    const tag = randomUUID().slice(0, 8);
    const title = `Rencontre d’Albi du parcours partenaire ${tag}`;

    await page.goto('/espace');
    await expect(page.getByRole('heading', { level: 1, name: 'Mes rencontres' })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);

    const id = await createEvent(page, title);
    const [draft] = await db.select().from(events).where(eq(events.id, id));
    expect(draft).toMatchObject({ status: 'draft', title, edition: Number(eventDate.slice(0, 4)), capacity: 40 });
    expect(draft.slug).toMatch(new RegExp(`^occitanie-albi-${eventDate}(-\\d+)?$`));

    // Publishing an event without programme nor registration window: refused, with what is missing.
    await page.getByRole('button', { name: 'Publier la rencontre' }).click();
    await expect(page.getByText(/ne peut pas encore être publiée.*au moins un temps au programme/)).toBeVisible();

    // The registration window, in Paris time.
    await page.getByLabel('Ouverture des inscriptions').fill(`${addDays(today, -1)}T09:00`);
    await page.getByLabel('Clôture des inscriptions').fill(`${addDays(eventDate, -1)}T18:00`);
    await page.getByRole('button', { name: 'Enregistrer les informations' }).click();
    await expect(page.getByText('Les informations de la rencontre sont enregistrées.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Programme', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
    await addAgendaItem(page, 'Accueil', 'Accueil-café', '09:30', '10:00');
    await addAgendaItem(page, 'Ateliers au choix', 'Ateliers du matin', '10:00', '11:00');
    await addAgendaItem(page, 'Repas', 'Déjeuner', '12:00', '13:30');
    await addAgendaItem(page, 'Ateliers au choix', 'Ateliers de l’après-midi', '14:00', '15:00');

    // Outside the event's day: refused next to the field.
    const adder = page.getByRole('region', { name: 'Ajouter un temps au programme' });
    await adder.getByLabel('Nature').selectOption({ label: 'Clôture' });
    await adder.getByLabel('Titre').fill('Trop tard');
    await adder.getByLabel('Début').fill('16:00');
    await adder.getByLabel('Fin').fill('17:30');
    await adder.getByRole('button', { name: 'Ajouter au programme' }).click();
    await expect(adder.getByLabel('Fin')).toHaveAttribute('aria-invalid', 'true');
    await expect(adder.getByText('Ce temps doit se tenir pendant la rencontre, entre 9h30 et 16h30.').first()).toBeVisible();

    await addWorkshop(page, 'Ateliers du matin', 'A', 'Innover avec la clause sociale', 20);
    await addWorkshop(page, 'Ateliers du matin', 'B', 'Mobiliser les entreprises du bâtiment', 20);
    await addWorkshop(page, 'Ateliers de l’après-midi', 'C', 'Repérer les habitants des quartiers', 15);
    await addWorkshop(page, 'Ateliers de l’après-midi', 'D', 'Travailler avec les SIAE', 15);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: new RegExp(`← ${title}`) }).click();
    await page.getByRole('button', { name: 'Publier la rencontre' }).click();
    await expect(page.getByText('Publiée', { exact: true }).first()).toBeVisible();
    const [published] = await db.select().from(events).where(eq(events.id, id));
    expect(published.status).toBe('published');

    await page.getByRole('link', { name: 'Voir la page publique' }).click();
    await expect(page).toHaveURL(`/rencontres/${published.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const ateliers = page.getByRole('region', { name: 'Ateliers au choix' });
    for (const name of ['Innover avec la clause sociale', 'Mobiliser les entreprises du bâtiment', 'Repérer les habitants des quartiers', 'Travailler avec les SIAE']) {
      await expect(ateliers.getByText(name)).toBeVisible();
    }
    await expect(page.getByRole('link', { name: /^S’inscrire/ })).toBeVisible();
  });

  test('ne peut pas baisser la capacité sous le nombre d’inscriptions confirmées', async ({ page, db }) => {
    const title = `Rencontre d’Albi à la jauge serrée ${randomUUID().slice(0, 8)}`;
    const id = await createEvent(page, title, 10);
    await db.insert(registrations).values(
      [1, 2, 3].map((n) => ({
        eventId: id,
        firstName: 'Personne',
        lastName: `Confirmée ${n}`,
        email: `jauge.${n}.${randomUUID().slice(0, 8)}@test.example.org`,
        organisation: 'Ville d’Albi',
        organisationType: 'collectivite' as const,
        consentAt: new Date(),
        status: 'confirmed' as const,
      })),
    );
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.getByLabel('Nombre de places')).toHaveValue('10');

    await page.getByLabel('Nombre de places').fill('2');
    await expect(page.getByLabel('Nombre de places')).toHaveValue('2');
    await page.getByRole('button', { name: 'Enregistrer les informations' }).click();
    const message = 'La capacité ne peut pas être inférieure au nombre d’inscriptions confirmées (3).';
    await expect(page.getByText(message).first()).toBeVisible();
    await expect(page.getByLabel('Nombre de places')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Nombre de places')).toBeFocused();
    const [event] = await db.select().from(events).where(eq(events.id, id));
    expect(event.capacity).toBe(10);
    await expectNoAxeViolations(page);

    await page.getByLabel('Nombre de places').fill('3');
    await page.getByRole('button', { name: 'Enregistrer les informations' }).click();
    await expect(page.getByText('Les informations de la rencontre sont enregistrées.')).toBeVisible();
    const [raised] = await db.select().from(events).where(eq(events.id, id));
    expect(raised.capacity).toBe(3);
  });
});
