// National staff run the partner accounts from /admin/comptes: invite → regions → deactivate, with
// the invitee's own session ended at once, then find it all in the journal and the e-mails page.
// Every account changed here is created by the test: the demo accounts stay as they are. Who may
// open these pages at all is in authorization.spec.ts.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { outboundEmails, partnerRegions, regions, users } from '@/db/schema';
import { setPasswordWithToken } from '@/lib/accounts/set-password';
import { uniqueEmail } from '../support/db';
import { DEMO, signIn } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PORT } from './ports';

const PASSWORD = 'une phrase de passe du partenaire';

test.describe('[national] comptes, journal et e-mails', () => {
  test('[national] invite un partenaire, change ses régions, le désactive : sa session se ferme et il ne peut plus se connecter', async ({ page, db, browser }) => {
    await signIn(page, DEMO.national);
    await page.goto('/admin/comptes');
    await expect(page.getByRole('heading', { level: 1, name: 'Comptes' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A partner without region is refused, next to the regions; what was typed stays.
    const email = uniqueEmail('partenaire-e2e');
    const invite = page.getByRole('form', { name: 'Inviter une personne' });
    await invite.getByLabel('Adresse e-mail').fill(email);
    await invite.getByLabel('Nom', { exact: true }).fill('Camille Essai');
    await invite.getByLabel('Partenaire régional').check();
    await invite.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect(invite.getByText('Choisissez au moins une région pour un partenaire.')).toBeVisible();
    await expect(invite.locator('#invitation-regions-premiere')).toBeFocused();
    await expect(invite.getByLabel('Adresse e-mail')).toHaveValue(email);

    await invite.getByLabel('Occitanie').check();
    await invite.getByLabel('Bretagne').check();
    await invite.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect(page.locator('#resultat-invitation')).toContainText(`Invitation envoyée à ${email}.`);
    await expect(page.locator('#resultat-invitation')).toBeFocused();
    await expect(invite.getByLabel('Adresse e-mail')).toHaveValue('');

    // The invitation e-mail is in the outbox, with both regions.
    const [mail] = await db.select().from(outboundEmails).where(and(eq(outboundEmails.to, email), eq(outboundEmails.kind, 'account_invitation')));
    expect(mail.text).toContain('Occitanie');
    expect(mail.text).toContain('Bretagne');
    const token = mail.text.match(/\/invitation\/([A-Za-z0-9_-]{43})/)![1];
    const [invited] = await db.select().from(users).where(eq(users.email, email));

    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Invitation en attente');
    await expect(row.getByRole('cell', { name: 'Bretagne, Occitanie' })).toBeVisible();

    // Regions: Bretagne out, Normandie in.
    await row.getByText('Modifier les régions').click();
    const regionsGroup = row.getByRole('group', { name: `Régions de ${email}` });
    await regionsGroup.getByLabel('Bretagne').uncheck();
    await regionsGroup.getByLabel('Normandie').check();
    await row.getByRole('button', { name: 'Enregistrer les régions' }).click();
    await expect(row.getByRole('status')).toHaveText(`Les régions de ${email} sont enregistrées.`);
    await expect(row.getByRole('cell', { name: 'Normandie, Occitanie' })).toBeVisible();
    const held = await db.select({ code: regions.code }).from(partnerRegions).innerJoin(regions, eq(regions.id, partnerRegions.regionId)).where(eq(partnerRegions.userId, invited.id));
    expect(held.map((r) => r.code).sort()).toEqual(['28', '76']);

    // The invitee sets a password and signs in, in a browser of their own.
    await setPasswordWithToken(token, 'invitation', { password: PASSWORD, confirmation: PASSWORD }, new Date(), db);
    const partnerContext = await browser.newContext({
      baseURL: `http://localhost:${PORT}`,
      locale: 'fr-FR',
      // Its own client address: the refused sign-in below counts against it, not the other tests'.
      extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${10 + Math.floor(Math.random() * 80)}` },
    });
    const partnerPage = await partnerContext.newPage();
    await signIn(partnerPage, email, PASSWORD);
    await expect(partnerPage).toHaveURL('/espace');

    // Deactivated from the keyboard: the answer takes the focus.
    await page.reload();
    const deactivate = row.getByRole('button', { name: `Désactiver le compte ${email}` });
    await deactivate.focus();
    await page.keyboard.press('Enter');
    const answer = row.getByRole('status');
    await expect(answer).toHaveText(`Le compte ${email} est désactivé : ses sessions sont fermées.`);
    await expect(answer).toBeFocused();
    await expect(row).toContainText('Désactivé');
    await expect(row.getByRole('button', { name: `Réactiver le compte ${email}` })).toBeVisible();
    const [after] = await db.select().from(users).where(eq(users.id, invited.id));
    expect([after.active, after.sessionVersion]).toEqual([false, 2]);

    // Their open session ends at once, and signing in again is refused.
    await partnerPage.goto('/espace');
    await expect(partnerPage).toHaveURL(/\/connexion/);
    await partnerPage.getByLabel('Adresse e-mail').fill(email);
    await partnerPage.getByLabel('Mot de passe').fill(PASSWORD);
    await partnerPage.getByRole('button', { name: 'Se connecter' }).click();
    await expect(partnerPage.locator('#erreur-connexion')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
    await expect(partnerPage).toHaveURL(/\/connexion/);
    await partnerContext.close();
    await expectNoAxeViolations(page);

    // The journal, filtered on the person who made the changes and on accounts.
    await page.goto('/admin/journal');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal des modifications' })).toBeVisible();
    await expectNoAxeViolations(page);
    const filters = page.getByRole('form', { name: 'Filtrer le journal' });
    await filters.getByLabel('Personne', { exact: true }).selectOption({ label: `Équipe nationale AVE (${DEMO.national})` });
    await filters.getByLabel('Type de modification').selectOption('user');
    await filters.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/personne=[0-9a-f-]{36}.*type=user/);
    const entries = page.getByRole('row').filter({ hasText: `Compte ${email}` });
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(0)).toContainText('Compte : désactivation');
    await expect(entries.nth(0)).toContainText(/Actif : oui\s*→\s*devient\s*non/);
    await expect(entries.nth(1)).toContainText('Compte : changement de régions');
    await expect(entries.nth(1)).toContainText(/Bretagne, Occitanie\s*→\s*devient\s*Normandie, Occitanie/);
    await expect(entries.nth(2)).toContainText('Compte : invitation');
    await expect(entries.nth(2)).toContainText(email);
    // The invitee's own change (setting the password) is theirs, not the staff member's.
    await expect(page.getByRole('row').filter({ hasText: 'Compte : activation du compte' }).filter({ hasText: email })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The e-mails page lists the invitation.
    await page.goto('/admin/courriels');
    await expect(page.getByRole('heading', { level: 1, name: 'E-mails envoyés' })).toBeVisible();
    await expectNoAxeViolations(page);
    const emailFilters = page.getByRole('form', { name: 'Filtrer les e-mails' });
    await emailFilters.getByLabel('Destinataire').fill(email);
    await emailFilters.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/destinataire=/);
    const mailRow = page.getByRole('row').filter({ hasText: email });
    await expect(mailRow).toHaveCount(1);
    await expect(mailRow).toContainText('Invitation');
    await expect(mailRow).toContainText('Votre accès à la plateforme du Tour de France de la clause sociale');
    await expect(page.getByText(token)).toHaveCount(0);
  });

  test('[national] renvoie un e-mail en échec : il repart en attente, et le journal le garde', async ({ page, db }) => {
    const to = `echec.${randomUUID().slice(0, 8)}@courriels.example.org`;
    const [failed] = await db
      .insert(outboundEmails)
      .values({ kind: 'password_reset', to, subject: 'Réinitialisation de votre mot de passe', text: 'x', html: '<p>x</p>', status: 'failed', attempts: 10, lastError: 'ECONNREFUSED: connexion refusée' })
      .returning();

    await signIn(page, DEMO.national);
    await page.goto(`/admin/courriels?statut=echec&destinataire=${encodeURIComponent(to)}`);
    await expect(page.getByLabel('État', { exact: true })).toHaveValue('echec');
    const row = page.getByRole('row').filter({ hasText: to });
    await expect(row).toContainText('Échec');
    await expect(row).toContainText('ECONNREFUSED: connexion refusée');
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: `Renvoyer l’e-mail à ${to}` }).click();
    await expect(row.getByRole('status')).toHaveText(`L’e-mail à ${to} est de nouveau en attente d’envoi.`);
    await expect(row.getByRole('status')).toBeFocused();
    await expect(row).toContainText('En attente');
    const [requeued] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, failed.id));
    // Back in the queue (sent already, if the test server has a mail server).
    expect(requeued.status).not.toBe('failed');

    await page.goto('/admin/journal?type=outbound_email.retry');
    await expect(page.getByRole('row').filter({ hasText: 'E-mail : nouvel envoi' }).first()).toContainText(/Échec\s*→\s*devient\s*En attente/);
  });
});
