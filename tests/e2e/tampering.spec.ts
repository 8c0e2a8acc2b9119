// A Bretagne partner crafts server-action requests against an Occitanie event: the action is
// the real one, only the event id in the request is changed on its way to the server.
import { eq } from 'drizzle-orm';
import { events } from '@/db/schema';
import { createEvent } from '../support/db';
import { DEMO, signIn } from './auth';
import { expect, test } from './fixtures';

test.describe('[partenaire Bretagne] requêtes falsifiées', () => {
  test('ne peut ni modifier ni publier une rencontre d’Occitanie en changeant l’identifiant envoyé', async ({ page, db }) => {
    const own = await createEvent(db, { regionCode: '53', status: 'draft', title: 'Rencontre bretonne de test' });
    const target = await createEvent(db, { regionCode: '76', status: 'draft', title: 'Rencontre occitane à protéger' });
    await signIn(page, DEMO.bretagne);
    await page.goto(`/espace/rencontres/${own.event.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Rencontre bretonne de test');

    let tampered = 0;
    await page.route(`**/espace/rencontres/${own.event.id}`, async (route) => {
      const request = route.request();
      if (request.method() === 'POST' && request.headers()['next-action']) {
        tampered++;
        return route.continue({ postData: (request.postData() ?? '').replaceAll(own.event.id, target.event.id) });
      }
      return route.continue();
    });

    await page.getByLabel('Titre', { exact: false }).first().fill('Titre imposé par une autre région');
    await page.getByRole('button', { name: 'Enregistrer les informations' }).click();
    await expect(page.getByText('Rencontre introuvable.').first()).toBeVisible();

    await page.getByRole('button', { name: 'Publier la rencontre' }).click();
    await expect(page.getByText('Rencontre introuvable.').first()).toBeVisible();

    expect(tampered).toBeGreaterThanOrEqual(2);
    const [after] = await db.select().from(events).where(eq(events.id, target.event.id));
    expect(after).toMatchObject({ title: 'Rencontre occitane à protéger', status: 'draft' });
    const [mine] = await db.select().from(events).where(eq(events.id, own.event.id));
    expect(mine.title).toBe('Rencontre bretonne de test');
  });
});
