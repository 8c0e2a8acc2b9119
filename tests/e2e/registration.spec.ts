import ICAL from 'ical.js';
import { and, eq } from 'drizzle-orm';
import { outboundEmails, registrations, workshopChoices } from '@/db/schema';
import { createEvent, uniqueEmail } from '../support/db';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { tabTo } from './keyboard';
import { submitRegistrationForm } from './registration-form';

test.describe('[visiteur] inscription', () => {
  test('tout le parcours au clavier : formulaire, erreurs, confirmation, e-mail, modification, annulation', async ({ page, db }) => {
    const { event, slots } = await createEvent(db, {
      regionCode: '06',
      slots: [
        { starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Innover avec la clause', capacity: 10 }, { code: 'B', title: 'Mobiliser les entreprises', capacity: 10 }] },
        { starts: '14:45', ends: '15:45', workshops: [{ code: 'C', title: 'Repérer les habitants', capacity: 10 }, { code: 'D', title: 'Achats responsables', capacity: 10 }] },
      ],
    });
    const email = uniqueEmail('clavier');
    await page.goto(`/rencontres/${event.slug}`);
    await tabTo(page, page.getByRole('link', { name: /^S’inscrire/ }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/rencontres/${event.slug}/inscription`);
    await expect(page.getByRole('heading', { level: 1, name: 'Inscription' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Sent empty: the errors show next to their fields, the first one gets the focus.
    const submit = page.getByRole('button', { name: 'Valider mon inscription' });
    await tabTo(page, submit, 120);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Prénom')).toBeFocused();
    await expect(page.getByText('Indiquez votre prénom.')).toBeVisible();
    await expect(page.getByText('Indiquez votre adresse e-mail.')).toBeVisible();
    await expect(page.getByText('Votre accord est nécessaire pour enregistrer votre inscription.')).toBeVisible();
    await expect(page.getByLabel('Prénom')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.keyboard.type('Léa');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Durand <b>gras</b>');
    await page.keyboard.press('Tab');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Habitat Sud');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bailleur'); // picks "Bailleur social" in the list
    await expect(page.getByLabel("Type d'organisation")).toHaveValue('bailleur_social');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chargée de mission');
    await page.keyboard.press('Tab');
    await page.keyboard.type('34080');
    // First slot: the first atelier, by arrow key.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: /A\. Innover avec la clause/ })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // second slot: moves to D
    await expect(page.getByRole('radio', { name: /D\. Achats responsables/ })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // lunch: Oui
    await expect(page.getByRole('radio', { name: 'Oui' })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Accès en fauteuil');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: /J'accepte/ })).toBeChecked();
    await tabTo(page, submit);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'Votre inscription est confirmée' })).toBeVisible();
    await expect(page).toHaveURL(/\/inscription\/[A-Za-z0-9_-]{43}\?confirmation=1$/);
    await expect(page.locator('#statut-inscription')).toHaveText('Confirmée');
    const recap = page.getByRole('region', { name: event.title });
    await expect(recap.getByRole('definition')).toContainText(['A. Innover avec la clause', 'D. Achats responsables']);
    // What a person typed is shown as text, never as markup.
    await expect(recap.getByText('Léa Durand <b>gras</b>', { exact: false })).toBeVisible();
    await expect(page.locator('b', { hasText: 'gras' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Ajouter à mon agenda (fichier .ics)' })).toBeVisible();
    await expectNoAxeViolations(page);
    const manageUrl = new URL(page.url());
    const token = manageUrl.pathname.split('/').pop()!;

    // The confirmation e-mail is in the outbox, with the manage link and a calendar file.
    const [registration] = await db.select().from(registrations).where(eq(registrations.email, email));
    const [mail] = await db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.registrationId, registration.id), eq(outboundEmails.kind, 'registration_confirmed')));
    expect(mail.to).toBe(email);
    expect(mail.text).toContain(`/inscription/${token}`);
    expect(mail.html).toContain('Durand &lt;b&gt;gras&lt;/b&gt;');
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content)).getFirstSubcomponent('vevent')!);
    expect([vevent.startDate.hour, vevent.startDate.minute]).toEqual([9, 30]);
    await page.goto('/dev/emails');
    await expect(page.getByRole('cell', { name: email }).first()).toBeVisible();
    await page.goto(manageUrl.pathname);

    // Change the second atelier and lunch, by keyboard.
    await tabTo(page, page.getByRole('radio', { name: /D\. Achats responsables/ }));
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: /C\. Repérer les habitants/ })).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Enregistrer les modifications' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Vos modifications sont enregistrées.', { exact: false })).toBeVisible();
    const choices = await db.select().from(workshopChoices).where(eq(workshopChoices.registrationId, registration.id));
    expect(choices.map((c) => c.workshopId).sort()).toEqual([slots[0].workshops[0].id, slots[1].workshops[0].id].sort());

    // Cancel, confirming by keyboard.
    await tabTo(page, page.getByRole('checkbox', { name: /Je confirme vouloir annuler/ }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Annuler mon inscription' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Votre inscription est annulée.', { exact: false })).toBeVisible();
    await page.reload();
    await expect(page.locator('#statut-inscription')).toHaveText('Annulée');
    // A cancelled registration offers no calendar file: its e-mail removed the entry.
    await expect(page.getByRole('link', { name: /Ajouter à mon agenda/ })).toHaveCount(0);
    const [after] = await db.select().from(registrations).where(eq(registrations.id, registration.id));
    expect(after.status).toBe('cancelled');
  });

  test('un atelier complet est affiché complet et ne peut pas être choisi ; une rencontre passée ne propose pas le formulaire', async ({ page, db }) => {
    const { event } = await createEvent(db, {
      regionCode: '06',
      slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Sans place', capacity: 0 }, { code: 'B', title: 'Avec places', capacity: 3 }] }],
    });
    await page.goto(`/rencontres/${event.slug}/inscription`);
    await expect(page.getByRole('radio', { name: /A\. Sans place/ })).toBeDisabled();
    await expect(page.getByText('Complet', { exact: true })).toBeVisible();
    await expect(page.getByRole('radio', { name: /B\. Avec places/ })).toBeEnabled();
    await expect(page.getByText('3 places restantes')).toBeVisible();
    await page.goto('/rencontres/occitanie-montpellier-2022-12-08/inscription');
    await expect(page.locator('#inscription-fermee')).toHaveText('Cette rencontre a eu lieu le 8 décembre 2022. Les inscriptions sont closes.');
    await expect(page.getByRole('button', { name: /Valider/ })).toHaveCount(0);
  });

  test('une adresse déjà inscrite est signalée, avec l’envoi d’un nouveau lien', async ({ page, db }) => {
    const { event, slots } = await createEvent(db, { regionCode: '06', slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Atelier', capacity: 5 }] }] });
    const email = uniqueEmail('deja');
    const body = (address: string) => ({
      firstName: 'Paul', lastName: 'Roux', email: address, organisation: 'Ville', organisationType: 'collectivite',
      lunch: false, consent: true, workshops: { [slots[0].id]: slots[0].workshops[0].id },
    });
    expect((await page.request.post(`/api/events/${event.slug}/registrations`, { data: body(email), headers: { 'x-forwarded-for': '203.0.113.40' } })).status()).toBe(201);
    await page.goto(`/rencontres/${event.slug}/inscription`);
    await submitRegistrationForm(page, { firstName: 'Paul', lastName: 'Roux', email: email.toUpperCase() });
    await expect(page.getByText('Une inscription existe déjà avec cette adresse e-mail', { exact: false })).toBeVisible();
    await expect(page.getByLabel('Prénom')).toHaveValue('Paul');
    await page.getByRole('button', { name: 'Recevoir à nouveau le lien de gestion' }).click();
    await expect(page.getByText('un nouveau lien de gestion vient d', { exact: false })).toBeVisible();
    const rows = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(rows).toHaveLength(1);
    const links = await db.select().from(outboundEmails).where(and(eq(outboundEmails.registrationId, rows[0].id), eq(outboundEmails.kind, 'manage_link')));
    expect(links).toHaveLength(1);
  });
});
