// What a person types is shown as text, never as markup: on every page that shows it (their own
// page, the partner's list, the check-in desk and its signed page, the development outbox) and in
// their e-mail. They register through the real form, typing markup into every free-text field.
// (The national staff's person search shows only the e-mail address, which the schema keeps free
// of markup; generated text of every kind is checked in the e-mail by tests/db/fuzz.db.test.ts.)
import { and, eq } from 'drizzle-orm';
import type { Page } from '@playwright/test';
import { outboundEmails, registrations } from '@/db/schema';
import { escapeHtml } from '@/lib/email/escape';
import { createEvent, createUser, uniqueEmail } from '../support/db';
import { foreignEmailTags } from '../support/fuzz-check';
import { signIn } from './auth';
import { expect, test } from './fixtures';

/** Each field tries another way in; a handler that ran would set window.__xss. */
const TYPED = {
  firstName: `<img src=x onerror="window.__xss='prénom'">`,
  lastName: `Durand<script>window.__xss='nom'</script>`,
  organisation: `<b>Mairie</b><svg onload="window.__xss='organisation'"></svg>`,
  jobTitle: `"><iframe src="javascript:window.__xss='fonction'"></iframe>`,
  accessibilityNeeds: `<a href="javascript:window.__xss='accès'">fauteuil</a> & <i>rampe</i> <style>body{display:none}</style>`,
};
type Field = keyof typeof TYPED;

/** The typed text is on the page as text, and nothing of it became an element or ran. */
async function expectTextNotMarkup(page: Page, fields: Field[]) {
  for (const field of fields) await expect(page.getByText(TYPED[field], { exact: false }).first()).toBeVisible();
  await expect(page.locator('img[src="x"], svg[onload], iframe, a[href^="javascript:"], [onerror], [onload]')).toHaveCount(0);
  await expect(page.locator('b', { hasText: 'Mairie' })).toHaveCount(0);
  await expect(page.locator('i', { hasText: 'rampe' })).toHaveCount(0);
  await expect(page.locator('style', { hasText: 'display:none' })).toHaveCount(0);
  await expect(page.locator('body')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
}

test.describe('[visiteur, partenaire] ce qu’une personne tape reste du texte', () => {
  test('des balises tapées dans chaque champ libre s’affichent telles quelles partout, sans jamais devenir du HTML', async ({ page, db }) => {
    const { event } = await createEvent(db, { regionCode: '06', slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Atelier', capacity: 5 }] }] });
    const email = uniqueEmail('balises');
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.77' });

    // The person fills in the form, markup included: the browser's own validation lets it through.
    await page.goto(`/rencontres/${event.slug}/inscription`);
    await page.getByLabel('Prénom').fill(TYPED.firstName);
    await page.getByRole('textbox', { name: /^Nom/ }).fill(TYPED.lastName);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('textbox', { name: /^Organisation/ }).fill(TYPED.organisation);
    await page.getByLabel("Type d'organisation").selectOption('association');
    await page.getByLabel('Fonction').fill(TYPED.jobTitle);
    await page.getByRole('radio', { name: /A\. Atelier/ }).check();
    await page.getByRole('radio', { name: 'Oui' }).check();
    await page.getByLabel("Besoins d'accessibilité").fill(TYPED.accessibilityNeeds);
    await page.getByRole('checkbox', { name: /J'accepte/ }).check();
    await page.getByRole('button', { name: 'Valider mon inscription' }).click();

    // Their own page.
    await expect(page.getByRole('heading', { name: 'Votre inscription est confirmée' })).toBeVisible();
    await expectTextNotMarkup(page, ['firstName', 'lastName', 'organisation']);
    const [row] = await db.select().from(registrations).where(eq(registrations.email, email));
    expect(row).toMatchObject(TYPED);

    // Their e-mail: escaped in the HTML body, as typed in the text body.
    const [mail] = await db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.registrationId, row.id), eq(outboundEmails.kind, 'registration_confirmed')));
    expect(mail.html).toContain(`Bonjour ${escapeHtml(TYPED.firstName)} ${escapeHtml(TYPED.lastName)},`);
    expect(mail.html).not.toContain(TYPED.firstName);
    expect(mail.html).not.toContain(TYPED.lastName);
    expect(foreignEmailTags(mail.html)).toEqual([]);
    expect(mail.text).toContain(`Bonjour ${TYPED.firstName} ${TYPED.lastName},`);

    // The development outbox shows the text body.
    await page.goto('/dev/emails');
    const outboxRow = page.getByRole('row').filter({ hasText: email }).filter({ hasText: 'Inscription confirmée' });
    await outboxRow.locator('summary').click();
    await expectTextNotMarkup(page, ['firstName', 'lastName']);

    // The partner of the event's region: the registrations, the check-in desk, the signed link.
    const partner = await createUser(db, { role: 'partner', regionCodes: ['06'] });
    await signIn(page, partner.email, 'mot-de-passe-de-test');
    await page.goto(`/espace/rencontres/${event.id}/inscriptions`);
    await expect(page.getByRole('table', { name: /Inscriptions à la rencontre/ })).toBeVisible();
    await expectTextNotMarkup(page, ['firstName', 'lastName', 'organisation', 'jobTitle', 'accessibilityNeeds']);

    await page.goto(`/espace/rencontres/${event.id}/accueil?q=Durand`);
    await expect(page.getByText('1 personne trouvée.')).toBeVisible();
    await expectTextNotMarkup(page, ['firstName', 'lastName', 'organisation']);

    const link = /https?:\/\/\S+(\/espace\/accueil\/\S+)/.exec(mail.text)![1];
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Accueil : ${TYPED.firstName} ${TYPED.lastName}`);
    await expectTextNotMarkup(page, ['firstName', 'lastName', 'organisation', 'jobTitle', 'accessibilityNeeds']);
  });
});
