import { OUTAGE_PORT } from './ports';
import { expect, test } from './fixtures';

const base = `http://localhost:${OUTAGE_PORT}`;

test.describe('[visiteur] base de données injoignable', () => {
  test('les pages affichent une erreur 503 en français, sans trace technique', async ({ page }) => {
    for (const path of ['/rencontres', '/rencontres/une-rencontre-jamais-vue']) {
      await page.goto(`${base}${path}`);
      await expect(page.getByRole('heading', { name: 'Service momentanément indisponible' })).toBeVisible();
      await expect(page.getByText('Erreur 503')).toBeVisible();
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/ECONNREFUSED|at .*\.js|Error:|stack/i);
    }
  });

  test('l’API répond 503 avec la forme d’erreur', async ({ request }) => {
    const response = await request.get(`${base}/api/events`);
    expect(response.status()).toBe(503);
    expect(response.headers()['retry-after']).toBe('10');
    expect(await response.json()).toEqual({
      error: {
        code: 'service_unavailable',
        message: 'Le service est momentanément indisponible. Merci de réessayer dans quelques instants.',
      },
    });
  });
});
