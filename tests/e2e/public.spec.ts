import ICAL from 'ical.js';
import { eq } from 'drizzle-orm';
import type { APIRequestContext } from '@playwright/test';
import { events } from '@/db/schema';
import { createEvent, uniqueSlug } from '../support/db';
import { expect, expectNoAxeViolations, test } from './fixtures';

const OCCITANIE = '/rencontres/occitanie-montpellier-2022-12-08';

/**
 * Published events of a region as the public API lists them: the same cached list as the pages
 * (other tests publish events of their own, and the seed's must be among them).
 */
async function publishedIn(request: APIRequestContext, code: string, period?: 'past' | 'upcoming') {
  const { events: list } = (await (await request.get('/api/events')).json()) as { events: { region: { code: string }; endsAt: string }[] };
  const inRegion = list.filter((e) => e.region.code === code);
  if (period === 'past') return inRegion.filter((e) => new Date(e.endsAt) <= new Date()).length;
  return period === 'upcoming' ? inRegion.filter((e) => new Date(e.endsAt) > new Date()).length : inRegion.length;
}
const eventCount = (n: number) => (n === 1 ? '1 rencontre' : `${n} rencontres`);

test.describe('[visiteur] site public', () => {
  test('la page d’accueil montre les chiffres 2020 et les prochaines rencontres', async ({ page, db }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tour de France de la clause sociale' })).toBeVisible();
    await expect(page.getByText('20 millions', { exact: true })).toBeVisible();
    const figures = page.getByRole('term');
    await expect(figures).toHaveText([
      'de marchés de travaux (en ETP)',
      'de marchés réservés (en ETP)',
      'de publics masculins',
      "d'habitants des QPV",
    ]);
    await expect(page.getByRole('definition')).toHaveText(['56 %', '8 %', '82 %', '23 %']);
    const upcoming = page.getByRole('region', { name: 'Prochaines rencontres' });
    // The seed's demo edition: published events ahead in Occitanie, Bretagne and Hauts-de-France
    // (other tests add their own events in Mayotte); its Normandie draft is not shown.
    for (const slug of ['demo-occitanie-toulouse', 'demo-bretagne-brest', 'demo-hauts-de-france-amiens']) {
      await expect(upcoming.locator(`a[href="/rencontres/${slug}"]`)).toHaveCount(1);
    }
    await expect(upcoming.locator('a[href="/rencontres/demo-normandie-caen"]')).toHaveCount(0);
    await expect(upcoming.getByRole('article').filter({ hasText: 'Normandie' })).toHaveCount(0);
    // The map lists every region, those with events leading to their list.
    const map = page.getByRole('list', { name: /Carte des régions/ });
    await expect(map.getByRole('listitem')).toHaveCount(18);
    await expect(map.getByRole('link', { name: `Occitanie : ${eventCount(await publishedIn(page.request, '76'))}` })).toHaveAttribute('href', '/rencontres?region=76');
    await expect(map.getByRole('link', { name: 'Corse : aucune rencontre' })).toBeVisible();
  });

  test('les filtres changent la liste et l’adresse', async ({ page, db }) => {
    await page.goto('/rencontres');
    await page.getByLabel('Région').selectOption({ label: 'Occitanie' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/\/rencontres\?region=76$/);
    // The list opens on the meetings to come.
    await expect(page.getByRole('status').filter({ hasText: 'rencontre' })).toHaveText(`${eventCount(await publishedIn(page.request, '76', 'upcoming'))} en Occitanie, à venir`);
    await expect(page.getByRole('link', { name: "Rencontre régionale des acteurs de l'Occitanie" }).first()).toBeVisible();

    await page.getByLabel('Période').selectOption({ label: 'Passées' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/\/rencontres\?region=76&periode=passees$/);
    const past = await publishedIn(page.request, '76', 'past');
    await expect(page.getByRole('status').filter({ hasText: 'rencontre' })).toHaveText(`${eventCount(past)} en Occitanie, passées`);
    await expect(page.getByRole('article')).toHaveCount(past);
    await expect(page.getByRole('article')).toContainText('8 décembre 2022');

    // A shared link opens the same list.
    await page.goto('/rencontres?edition=2021&periode=toutes');
    await expect(page.getByLabel('Édition')).toHaveValue('2021');
    await expect(page.getByLabel('Période')).toHaveValue('toutes');
    await expect(page.getByRole('article')).toHaveCount(3);
  });

  test('la liste ouvre sur les rencontres à venir, les passées à un clic', async ({ page }) => {
    await page.goto('/rencontres');
    await expect(page.getByLabel('Période')).toHaveValue('');
    await expect(page.getByLabel('Période').locator('option:checked')).toHaveText('À venir');
    const dates = await page.getByRole('article').locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(new Date(date!).getTime()).toBeGreaterThan(Date.now() - 86_400_000);
    await page.getByRole('link', { name: 'Voir les rencontres passées' }).click();
    await expect(page).toHaveURL(/\/rencontres\?periode=passees$/);
    await expect(page.getByRole('article').filter({ hasText: '8 décembre 2022' })).toHaveCount(1);
  });

  test('les filtres fonctionnent au clavier seul', async ({ page, db }) => {
    await page.goto('/rencontres');
    await page.keyboard.press('Tab'); // skip link
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
    const region = page.getByLabel('Région');
    while (!(await region.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
    await page.keyboard.type('Bretagne');
    await expect(region).toHaveValue('53');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Filtrer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/rencontres\?region=53$/);
    await expect(page.getByRole('status').filter({ hasText: 'rencontre' })).toHaveText(`${eventCount(await publishedIn(page.request, '53', 'upcoming'))} en Bretagne, à venir`);
  });

  test('la rencontre d’Occitanie 2022 montre son programme et ses ateliers', async ({ page }) => {
    await page.goto(OCCITANIE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Rencontre régionale des acteurs de l'Occitanie");
    await expect(page.getByText('jeudi 8 décembre 2022').first()).toBeVisible();
    await expect(page.getByText('Stade de la Mosson', { exact: true })).toBeVisible();
    await expect(page.getByText('345 Av. de Heidelberg, 34080 Montpellier')).toBeVisible();
    await expect(page.getByRole('link', { name: /Voir le lieu sur OpenStreetMap/ })).toHaveAttribute('href', /openstreetmap\.org/);

    const programme = page.getByRole('region', { name: 'Programme' });
    const roundTable = programme.getByRole('listitem').filter({
      hasText: "Table ronde « Une organisation régionale pour répondre aux objectifs nationaux sur l'achat durable »",
    });
    await expect(roundTable).toContainText('10h30');
    await expect(roundTable).toContainText('11h40');
    await expect(programme.getByRole('listitem').filter({ hasText: 'Déjeuner' }).first()).toContainText('Prévu par les organisateurs');

    const workshops = page.getByRole('region', { name: 'Ateliers au choix' });
    const first = workshops.getByRole('region', { name: /Créneau 1 · 14h00–15h00/ });
    const second = workshops.getByRole('region', { name: /Créneau 2 · 15h15–16h15/ });
    await expect(first.getByRole('heading', { level: 4 })).toHaveText([
      /Atelier A : Innover avec la clause sociale/,
      /Atelier B : Favoriser l'accès des structures de l'IAE et du handicap/,
      /Atelier C : Diversifier les outils/,
    ]);
    await expect(second.getByRole('heading', { level: 4 })).toHaveText([/Atelier D :/, /Atelier E :/, /Atelier F :/]);

    await expect(page.getByText('Clara GIMENEZ')).toBeVisible();
    await expect(page.getByText(/Vice-présidente de Montpellier Méditerranée Métropole/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'ave@ville-emploi.asso.fr' }).first()).toBeVisible();
    // A past event says so and offers no registration.
    await expect(page.getByText('Cette rencontre a eu lieu le 8 décembre 2022.', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: /^S’inscrire/ })).toHaveCount(0);
  });

  test('une rencontre à venir propose l’inscription et montre les places restantes', async ({ page, db }) => {
    const demo = await db.query.events.findFirst({ where: (e) => eq(e.slug, 'demo-occitanie-toulouse') });
    await page.goto(`/rencontres/${demo!.slug}`);
    await expect(page.getByRole('link', { name: /^S’inscrire/ })).toHaveAttribute('href', `/rencontres/${demo!.slug}/inscription`);
    // Seeded: 9 of the 12 seats of atelier C are taken.
    const workshopC = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Atelier C :/ }) });
    await expect(workshopC).toContainText('3 places restantes sur 12');
  });

  test('une rencontre en brouillon ou inconnue est une page 404 en français', async ({ page, db }) => {
    const { event } = await createEvent(db, { status: 'draft', slug: uniqueSlug('brouillon') });
    const response = await page.goto(`/rencontres/${event.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
    const unknown = await page.goto('/rencontres/cette-rencontre-n-existe-pas');
    expect(unknown?.status()).toBe(404);
    const api = await page.request.get(`/api/events/${event.slug}`);
    expect(api.status()).toBe(404);
    expect(await api.json()).toEqual({ error: { code: 'not_found', message: 'Rencontre introuvable.' } });
  });

  test('une page vue une fois est servie depuis le cache', async ({ page, db }) => {
    // In Mayotte, which no other test counts.
    const { event } = await createEvent(db, { title: 'Titre avant modification', regionCode: '06' });
    await page.goto(`/rencontres/${event.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Titre avant modification');
    // Changed behind the app's back (no invalidation): the cached page does not go back to the database.
    await db.update(events).set({ title: 'Titre modifié en base' }).where(eq(events.id, event.id));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Titre avant modification');
    const api = await page.request.get(`/api/events/${event.slug}`);
    expect((await api.json()).event.title).toBe('Titre avant modification');
  });

  test('le fichier .ics est un iCalendar valide aux heures de Paris', async ({ page }) => {
    const response = await page.request.get(`${OCCITANIE}/calendrier.ics`);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!), 'Europe/Paris');
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe("Rencontre régionale des acteurs de l'Occitanie");
    expect(vevent.location).toBe('Stade de la Mosson, 345 Av. de Heidelberg, 34080 Montpellier');
    expect([vevent.startDate.hour, vevent.startDate.minute]).toEqual([9, 30]);
    expect([vevent.endDate.hour, vevent.endDate.minute]).toEqual([16, 30]);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2022-12-08T08:30:00.000Z');
  });

  test('une rencontre à La Réunion montre, exporte et envoie son heure locale', async ({ page, db }) => {
    const { event } = await createEvent(db, { regionCode: '04', timeZone: 'Indian/Reunion', date: '2031-05-15', slug: uniqueSlug('reunion') });
    await page.goto(`/rencontres/${event.slug}`);
    await expect(page.getByText('9h30–16h30, heure de La Réunion').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Programme' }).getByRole('listitem').filter({ hasText: 'Accueil-café' })).toContainText('9h30');

    const api = await page.request.get(`/api/events/${event.slug}`);
    expect(api.status()).toBe(200);
    const body = (await api.json()) as { event: { startsAt: string; timeZone: string } };
    expect(body.event).toMatchObject({ startsAt: '2031-05-15T09:30:00+04:00', timeZone: 'Indian/Reunion' });

    const response = await page.request.get(`/rencontres/${event.slug}/calendrier.ics`);
    expect(response.status()).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Indian/Reunion');
    ICAL.TimezoneService.register(new ICAL.Timezone(zone), 'Indian/Reunion');
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect([vevent.startDate.hour, vevent.startDate.minute]).toEqual([9, 30]);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2031-05-15T05:30:00.000Z');
  });

  test('axe-core ne trouve aucune violation WCAG 2.1 AA', async ({ page }) => {
    for (const path of ['/', '/rencontres', '/rencontres?region=76&periode=passees', OCCITANIE, '/rencontres/inconnue']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});
