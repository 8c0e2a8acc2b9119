// The accessibility statement, in the RGAA form, reached from the footer of every page.
import { expect, test } from './fixtures';

test('[anonyme] la déclaration d’accessibilité est liée depuis le pied de chaque page', async ({ page }) => {
  for (const path of ['/', '/rencontres', '/pratiques', '/connexion']) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : partiellement conforme' })).toHaveAttribute('href', '/accessibilite');
  }
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : partiellement conforme' }).click();
  await expect(page).toHaveURL('/accessibilite');
  await expect(page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })).toBeVisible();
  for (const name of ['État de conformité', 'Comment l’accessibilité est vérifiée', 'Contenus non accessibles', 'Établissement de cette déclaration', 'Retour d’information et contact', 'Voies de recours']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText('partiellement conforme', { exact: true })).toBeVisible();
  await expect(page.getByText(/établie le \d{1,2}(er)? \p{L}+ \d{4}/u)).toBeVisible();
  await expect(page.getByRole('link', { name: 'ave@ville-emploi.asso.fr' }).first()).toHaveAttribute('href', /^mailto:ave@ville-emploi\.asso\.fr/);
  await expect(page.getByText(/Défenseur des droits, Libre réponse 71120/)).toBeVisible();
});

test('[anonyme] la déclaration répond 200 et se lit sans JavaScript', async ({ request }) => {
  const response = await request.get('/accessibilite');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('Voies de recours');
});
