import type { Page } from '@playwright/test';

/**
 * Fills the registration form of an event whose one slot has a workshop "A. Atelier…" (the required
 * fields only, no lunch) and sends it, as a visitor does with the mouse.
 */
export async function submitRegistrationForm(page: Page, person: { firstName: string; lastName: string; email: string }) {
  await page.getByLabel('Prénom').fill(person.firstName);
  await page.getByRole('textbox', { name: /^Nom/ }).fill(person.lastName);
  await page.getByLabel('Adresse e-mail').fill(person.email);
  await page.getByRole('textbox', { name: /^Organisation/ }).fill('Ville');
  await page.getByLabel("Type d'organisation").selectOption('collectivite');
  await page.getByRole('radio', { name: /A\. Atelier/ }).check();
  await page.getByRole('radio', { name: 'Non' }).check();
  await page.getByRole('checkbox', { name: /J'accepte/ }).check();
  await page.getByRole('button', { name: 'Valider mon inscription' }).click();
}
