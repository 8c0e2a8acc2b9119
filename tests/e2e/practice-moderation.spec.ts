// Moderation of pratiques inspirantes in the browser: national staff edit an answer, see the diff,
// ask for changes (the e-mail is in the outbox) and publish another; the Occitanie partner reads,
// comments and proposes, without any moderation button; the Bretagne partner meets a 404.
// Every answer here is the test's own (unique titles and e-mails).
import { eq } from 'drizzle-orm';
import { outboundEmails, practices } from '@/db/schema';
import { insertPractice, uniqueWord } from '../support/practices';
import { DEMO } from './auth';
import { expect, expectNoAxeViolations } from './fixtures';
import { signedInTest } from './signed-in';

const staff = signedInTest(DEMO.national);
const occitanie = signedInTest(DEMO.occitanie);
const bretagne = signedInTest(DEMO.bretagne);

type Db = Parameters<typeof insertPractice>[0];

function submittedAnswer(db: Db, title: string) {
  return insertPractice(db, {
    regionCode: '76',
    status: 'submitted',
    publishedAt: null,
    title,
    summary: 'Un comité réunit les partenaires chaque mois.',
    original: { title, summary: 'Un comité réunit les partenaires chaque mois.', themes: ['innover'] },
  });
}

staff('[national] modifie le titre, voit la différence, demande des modifications, publie une autre réponse', async ({ page, db }) => {
  const word = uniqueWord();
  const first = await submittedAnswer(db, `Pratique à corriger ${word}`);
  const second = await submittedAnswer(db, `Pratique à publier ${word}`);

  // The queue, filtered on « À modérer », lists both.
  await page.goto('/admin/pratiques?statut=submitted&region=76');
  await expect(page.getByLabel('Statut', { exact: true })).toHaveValue('submitted');
  await expect(page.getByRole('link', { name: first.title })).toBeVisible();
  await page.getByRole('link', { name: first.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  await expect(page.getByText('Le texte est celui de la personne qui a répondu : aucun champ modifié.')).toBeVisible();

  // Edit the title and the summary.
  const editor = page.getByRole('region', { name: 'Modifier le texte' });
  await editor.getByLabel('Titre de la pratique').fill(`Titre modéré ${word}`);
  await editor.getByLabel('Résumé').fill('Un comité de suivi réunit les partenaires chaque trimestre.');
  await editor.getByRole('button', { name: 'Enregistrer le texte' }).click();
  await expect(editor.getByText('Le texte de la pratique est enregistré.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `Titre modéré ${word}` })).toBeVisible();

  // The diff: both fields marked, the respondent's title kept, the words added in the summary.
  const diff = page.getByRole('region', { name: 'Texte et différences avec la réponse d’origine' });
  await expect(diff.getByText('2 champs modifiés par la modération')).toBeVisible();
  const title = diff.locator('[data-champ="title"]');
  await expect(title.getByText('modifié')).toBeVisible();
  await expect(title.locator('del')).toContainText(first.title);
  await expect(title.locator('ins')).toContainText(`Titre modéré ${word}`);
  await expect(diff.locator('[data-champ="summary"] ins')).toHaveText(['[ajouté : de suivi ]', '[ajouté : trimestre.]']);
  await expect(diff.locator('[data-champ="summary"] del')).toHaveText('[retiré : mois.]');
  expect((await db.select().from(practices).where(eq(practices.id, first.id)))[0]).toMatchObject({ title: `Titre modéré ${word}`, original: { title: first.title } });

  // Ask for changes: an empty message is refused, then the e-mail goes out with a private link.
  const moderation = page.getByRole('region', { name: 'Modération' });
  await moderation.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(moderation.getByText('Écrivez le message à envoyer à la personne qui a répondu.')).toBeVisible();
  await moderation.getByLabel('Demander des modifications').fill(`Pouvez-vous chiffrer les heures ? ${word}`);
  await moderation.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(page.getByText('Votre message et un nouveau lien ont été envoyés')).toBeVisible();
  await expect(page.getByText('Modifications demandées').first()).toBeVisible();
  const [email] = await db.select().from(outboundEmails).where(eq(outboundEmails.to, first.respondentEmail));
  expect(email.kind).toBe('practice_changes_requested');
  expect(email.text).toContain(`Pouvez-vous chiffrer les heures ? ${word}`);
  expect(email.text).toMatch(/\/enquete\/[A-Za-z0-9_-]{43}/);
  // The history shows the step.
  await expect(page.getByRole('region', { name: 'Historique' }).getByText('modifications demandées', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Publish the other one.
  await page.goto(`/admin/pratiques/${second.id}`);
  await page.getByRole('button', { name: 'Publier la pratique' }).click();
  await expect(page.getByText('La pratique est publiée dans la collection.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voir la pratique dans la collection publique' })).toBeVisible();
  await expect(page.getByText('Publiée', { exact: true })).toBeVisible();
  const [published] = await db.select().from(practices).where(eq(practices.id, second.id));
  expect(published.status).toBe('published');
  expect(published.publishedAt).not.toBeNull();
  // Publishing is gone; unpublishing asks for a reason and a confirmation.
  await expect(page.getByRole('button', { name: 'Publier la pratique' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Retirer la pratique' }).click();
  await expect(page.getByText('Indiquez pourquoi la pratique est retirée de la collection.')).toBeVisible();
  expect((await db.select().from(practices).where(eq(practices.id, second.id)))[0].status).toBe('published');
});

occitanie('[partenaire Occitanie] lit une réponse de sa région sans bouton de modération, la commente et propose une pratique', async ({ page, db }) => {
  const word = uniqueWord();
  const answer = await submittedAnswer(db, `Pratique à commenter ${word}`);
  await page.goto('/espace/pratiques');
  await expect(page.getByRole('heading', { level: 1, name: 'Pratiques inspirantes de mes régions' })).toBeVisible();
  await page.getByRole('link', { name: answer.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: answer.title })).toBeVisible();
  for (const name of ['Publier la pratique', 'Envoyer la demande', 'Refuser la réponse', 'Retirer la pratique', 'Enregistrer le texte']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await page.getByLabel('Votre commentaire').fill(`À présenter en atelier B ${word}`);
  await page.getByRole('button', { name: 'Ajouter le commentaire' }).click();
  await expect(page.getByRole('region', { name: 'Commentaires' }).getByText(`À présenter en atelier B ${word}`)).toBeVisible();
  await expectNoAxeViolations(page);

  // Propose a practice of their region: the consent is required.
  await page.goto('/espace/pratiques/nouvelle');
  await page.getByLabel(/^Nom/).fill('Dominique Proposée');
  await page.getByLabel('E-mail').fill(`proposee.${word}@test.example.org`);
  await page.getByLabel(/^Organisation/).fill('PLIE de test');
  await page.getByLabel('Type d’organisation').selectOption({ index: 1 });
  await page.getByLabel('Titre de la pratique').fill(`Pratique proposée ${word}`);
  await page.getByLabel('Mobiliser les entreprises').check();
  await page.getByRole('button', { name: 'Proposer la pratique' }).click();
  await expect(page.getByText('La personne doit avoir accepté la publication de sa pratique.')).toBeVisible();
  await page.getByLabel(/La personne a accepté que sa pratique soit publiée/).check();
  await page.getByRole('button', { name: 'Proposer la pratique' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Pratique proposée ${word}` })).toBeVisible();
  await expect(page.getByText('Votre proposition est enregistrée')).toBeVisible();
  const [row] = await db.select().from(practices).where(eq(practices.title, `Pratique proposée ${word}`));
  expect(row).toMatchObject({ status: 'submitted', origin: 'partner', respondentEmail: `proposee.${word}@test.example.org`, themes: ['entreprises'] });
  expect(row.proposedBy).not.toBeNull();
  expect(row.consentPublicationAt).not.toBeNull();
});

bretagne('[partenaire Bretagne] une réponse d’Occitanie répond 404', async ({ page, db }) => {
  const answer = await submittedAnswer(db, `Pratique d’Occitanie ${uniqueWord()}`);
  const response = await page.goto(`/espace/pratiques/${answer.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await page.goto('/espace/pratiques');
  await expect(page.getByRole('link', { name: answer.title })).toHaveCount(0);
  const admin = await page.goto(`/admin/pratiques/${answer.id}`);
  expect(admin?.status()).toBe(404);
});
