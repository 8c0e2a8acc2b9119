import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-clause-sociale';
export const DEMO = {
  national: 'staff@ave.example.org',
  occitanie: 'occitanie@partenaires.example.org',
  bretagne: 'bretagne@partenaires.example.org',
};

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/\/connexion/);
}
