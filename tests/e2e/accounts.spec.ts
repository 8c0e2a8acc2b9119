import { and, eq } from 'drizzle-orm';
import { outboundEmails } from '@/db/schema';
import { inviteUser } from '@/lib/accounts/invitations';
import { createUser, uniqueEmail } from '../support/db';
import { DEMO, DEMO_PASSWORD, signIn } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('[comptes] connexion et invitations', () => {
  test('[national] invitation → choix du mot de passe → connexion', async ({ page, db }) => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('invitee');
    const regions = await db.query.regions.findMany();
    await inviteUser(staff.currentUser, { email, name: 'Claire Invitée', role: 'partner', regionIds: [regions.find((r) => r.code === '76')!.id] }, { appUrl: 'http://localhost:3100', now: new Date() }, db);
    const [mail] = await db.select().from(outboundEmails).where(and(eq(outboundEmails.to, email), eq(outboundEmails.kind, 'account_invitation')));
    const link = mail.text.match(/http:\/\/localhost:3100(\/invitation\/[A-Za-z0-9_-]{43})/)![1];

    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Activer votre compte' })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Nouveau mot de passe').fill('court');
    await page.getByLabel('Le même mot de passe, à nouveau').fill('court');
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await expect(page.getByText('Le mot de passe doit compter au moins 12 caractères.').first()).toBeVisible();
    await expect(page.getByLabel('Nouveau mot de passe')).toHaveValue('');
    await page.getByLabel('Nouveau mot de passe').fill('une phrase de passe solide');
    await page.getByLabel('Le même mot de passe, à nouveau').fill('une phrase de passe solide');
    await page.getByRole('button', { name: 'Activer mon compte' }).click();
    await expect(page).toHaveURL(/\/connexion\?motDePasse=cree/);
    await expect(page.getByText('Votre compte est activé.', { exact: false })).toBeVisible();

    await signIn(page, email, 'une phrase de passe solide');
    await expect(page).toHaveURL('/espace');
    await expect(page.getByText('Claire Invitée')).toBeVisible();

    // The link served once: it no longer exists.
    const spent = await page.goto(link);
    expect(spent?.status()).toBe(404);
    await expect(page.getByText("Ce lien d'invitation n'est plus valide : il a déjà servi ou il a expiré.")).toBeVisible();

    await page.goto('/espace');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion/);
    await page.goto('/espace');
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fespace/);
  });

  test('[partenaire Occitanie] se connecte avec le compte de démonstration', async ({ page }) => {
    await signIn(page, DEMO.occitanie);
    await expect(page).toHaveURL('/espace');
    await expect(page.getByText('Partenaire Occitanie')).toBeVisible();
  });

  test('[national] arrive sur la console nationale après la connexion', async ({ page }) => {
    await signIn(page, DEMO.national);
    await expect(page).toHaveURL('/admin');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A target given to the sign-in page still wins.
    await page.context().clearCookies();
    await page.goto('/connexion?callbackUrl=%2Fespace%2Fpratiques');
    await page.getByLabel('Adresse e-mail').fill(DEMO.national);
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page).toHaveURL('/espace/pratiques');
  });

  test('[anonyme] la page d’arrivée renvoie à la connexion sans compte', async ({ request }) => {
    const response = await request.get('/apres-connexion', { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()['location']).toBe('/connexion');
  });
});

test.describe('[anonyme] limitation des connexions', () => {
  // Its own client address (the test server trusts X-Forwarded-For, as behind the proxy), so the
  // failures counted here do not slow down the other tests' sign-ins.
  test.use({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.201' } });

  test('[anonyme] mauvais mot de passe, puis limitation après 5 échecs, même message pour une adresse inconnue', async ({ page }) => {
    await page.goto('/connexion');
    await expectNoAxeViolations(page);
    const user = uniqueEmail('inconnu');
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Adresse e-mail').fill(user);
      await page.getByLabel('Mot de passe').fill(`essai-numero-${i}`);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page.locator('#erreur-connexion')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
      await expect(page.getByLabel('Mot de passe')).toHaveValue('');
    }
    await page.getByLabel('Mot de passe').fill('essai-numero-6');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.locator('#erreur-connexion')).toHaveText('Trop de tentatives de connexion. Pour votre sécurité, réessayez dans 15 minutes.');
    await expect(page.locator('#erreur-connexion')).toBeFocused();
  });
});
