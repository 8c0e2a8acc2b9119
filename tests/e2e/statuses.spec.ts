// The HTTP status tells what happened, as the page says it: a private link that does not exist, a page
// switched off in production, answer 404 (docs/architecture.md, "HTTP statuses"). The partner space and the national
// console are walked role by role in authorization.spec.ts; the database outage in outage.spec.ts.
import { registerAttendee } from '@/lib/registrations/register';
import { generateToken } from '@/lib/tokens';
import { createEvent } from '../support/db';
import { validInput } from '../support/registration';
import { expect, test } from './fixtures';
import { OUTAGE_PORT } from './ports';

test.describe('[visiteur] statuts HTTP des liens privés', () => {
  test('un lien de gestion inconnu répond 404 avec la page française, un lien valide 200', async ({ page, db }) => {
    const bogus = `/inscription/${generateToken()}`;
    const response = await page.goto(bogus);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByText("Ce lien d'inscription n'est pas valide.")).toBeVisible();
    // Malformed: too short to be a link at all.
    expect((await page.request.get('/inscription/abc')).status()).toBe(404);

    const { event, slots } = await createEvent(db, { regionCode: '76' });
    const registration = await registerAttendee(validInput(slots), { slug: event.slug, now: new Date(), appUrl: 'http://localhost:3100' }, db);
    const valid = await page.goto(new URL(registration.manageUrl!).pathname);
    expect(valid?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon inscription' })).toBeVisible();
  });

  test('un lien d’invitation ou de mot de passe qui ne sert plus répond 404', async ({ page }) => {
    for (const path of [`/invitation/${generateToken()}`, `/mot-de-passe/${generateToken()}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText("n'est plus valide : il a déjà servi ou il a expiré")).toBeVisible();
    }
  });

  test('/dev/emails répond 404 en production, 200 là où la page est activée', async ({ request }) => {
    // The outage instance runs as in production, without EMAIL_OUTBOX_PAGE.
    const production = await request.get(`http://localhost:${OUTAGE_PORT}/dev/emails`);
    expect(production.status()).toBe(404);
    expect(await production.text()).toContain('Page introuvable');
    // The main test instance has EMAIL_OUTBOX_PAGE=1 (a staging site).
    expect((await request.get('/dev/emails')).status()).toBe(200);
  });

  test('une rencontre inconnue répond 404', async ({ request }) => {
    expect((await request.get('/rencontres/rencontre-qui-n-existe-pas')).status()).toBe(404);
    expect((await request.get('/rencontres/rencontre-qui-n-existe-pas/inscription')).status()).toBe(404);
  });
});
