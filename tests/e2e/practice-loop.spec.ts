// The tour's loop in the browser, with the people who walk it, each in their own browser: a
// respondent answers the survey, national staff ask for a change, the respondent edits through the
// private link of the e-mail, staff publish, a visitor finds the practice by typing without accents
// and in another case, the Occitanie partner links it to an atelier, and the meeting page shows it.
import { eq } from 'drizzle-orm';
import type { Browser, Page } from '@playwright/test';
import { events, outboundEmails, practicePresentations, practices } from '@/db/schema';
import type { TestDb } from '../support/db';
import { uniqueWord } from '../support/practices';
import { surveyAnswer } from '../support/survey';
import { DEMO, signIn } from './auth';
import { expect, test } from './fixtures';

const MEETING = 'demo-occitanie-toulouse';

async function mailOf(db: TestDb, to: string, kind: string) {
  await expect.poll(async () => (await db.select().from(outboundEmails).where(eq(outboundEmails.to, to))).filter((m) => m.kind === kind).length).toBe(1);
  const [mail] = (await db.select().from(outboundEmails).where(eq(outboundEmails.to, to))).filter((m) => m.kind === kind);
  return mail;
}
const linkIn = (text: string) => new URL(text.match(/https?:\/\/\S+\/enquete\/[A-Za-z0-9_-]{43}/)![0]).pathname;

async function person(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('la boucle : enquête → demande de modification → réponse modifiée → publication → recherche → atelier → page de la rencontre', async ({ browser, db }) => {
  test.setTimeout(180_000);
  const word = uniqueWord('boucle');
  const a = surveyAnswer({ title: `École inclusive des métiers du numérique ${word}`, regionCode: '76' });
  let practiceId: string | undefined;
  try {
    // 1. The respondent answers the survey.
    const respondent = await person(browser);
    await respondent.goto('/enquete');
    const fields: [string, string][] = [
      ['Vos prénom et nom', a.respondentName],
      ['Votre fonction', a.respondentRole],
      ['Votre adresse e-mail', a.email],
      ['Votre organisation', a.respondentOrganisation],
      ['Département', a.department],
      ['Commune(s) concernée(s)', a.communes],
      ['Titre de la pratique', a.title],
      ['Acteurs impliqués', a.actors],
      ['Le contexte', a.context],
      ['Ce qui a été fait', a.actions],
      ['Période', a.period],
      ['Les résultats', a.results],
      ['Les difficultés rencontrées', a.difficulties],
      ["Ce qu'il faut à un autre territoire pour la reproduire", a.reproduce],
    ];
    for (const [label, value] of fields) await respondent.getByLabel(label).fill(value);
    await respondent.getByLabel("Type d'organisation").selectOption('facilitateur');
    await respondent.getByLabel('Région').selectOption('76');
    await respondent.getByRole('radio', { name: 'Non' }).first().check();
    await respondent.getByRole('checkbox', { name: 'Innover avec la clause sociale' }).check();
    await respondent.getByRole('checkbox', { name: /soit publiée sur ce site/ }).check();
    await respondent.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await expect(respondent.locator('#etat')).toHaveText('Votre réponse est en cours de relecture');
    await mailOf(db, a.email, 'practice_submitted');
    const [answer] = await db.select().from(practices).where(eq(practices.respondentEmail, a.email));
    practiceId = answer.id;
    expect(answer.status).toBe('submitted');

    // 2. National staff find it in the queue and ask for a change.
    const staff = await person(browser);
    await signIn(staff, DEMO.national);
    await staff.goto('/admin/pratiques?statut=submitted');
    await staff.getByRole('link', { name: a.title }).click();
    await expect(staff.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
    const moderation = staff.getByRole('region', { name: 'Modération' });
    await moderation.getByLabel('Demander des modifications').fill(`Pouvez-vous chiffrer les heures d’insertion ? ${word}`);
    await moderation.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(staff.getByText('Votre message et un nouveau lien ont été envoyés')).toBeVisible();

    // 3. The respondent opens the link of that e-mail, reads the message, edits and sends again.
    const changes = await mailOf(db, a.email, 'practice_changes_requested');
    await respondent.goto(linkIn(changes.text));
    await expect(respondent.getByText(`Pouvez-vous chiffrer les heures d’insertion ? ${word}`)).toBeVisible();
    await respondent.getByLabel("Heures d'insertion réalisées").fill('8400');
    await respondent.getByRole('button', { name: 'Renvoyer ma réponse modifiée' }).click();
    await expect(respondent.locator('#confirmation')).toContainText('Un e-mail de confirmation a été envoyé');
    expect((await db.select().from(practices).where(eq(practices.id, answer.id)))[0]).toMatchObject({ status: 'submitted', insertionHours: 8400 });

    // 4. Staff publish.
    await staff.goto(`/admin/pratiques/${answer.id}`);
    await staff.getByRole('button', { name: 'Publier la pratique' }).click();
    await expect(staff.getByText('La pratique est publiée dans la collection.')).toBeVisible();
    const [published] = await db.select().from(practices).where(eq(practices.id, answer.id));
    expect(published.status).toBe('published');

    // 5. A visitor finds it, typing without accents and in capitals.
    const visitor = await person(browser);
    await visitor.goto('/pratiques');
    await visitor.getByLabel('Rechercher', { exact: true }).fill(`ECOLE inclusive metiers NUMERIQUE ${word}`);
    await visitor.getByRole('button', { name: 'Rechercher' }).click();
    const result = visitor.getByRole('list', { name: 'Résultats' }).getByRole('link', { name: a.title });
    await expect(result).toBeVisible();
    await result.click();
    await expect(visitor.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
    await expect(visitor.getByText('8 400')).toBeVisible();

    // 6. The Occitanie partner presents it in atelier A of their meeting.
    const [meeting] = await db.select().from(events).where(eq(events.slug, MEETING));
    const partner = await person(browser);
    await signIn(partner, DEMO.occitanie);
    await partner.goto(`/espace/rencontres/${meeting.id}/programme`);
    const atelier = partner.getByRole('region', { name: 'Déroulé de la journée' }).locator('xpath=.//li[p[starts-with(normalize-space(.), "A.")]]').first();
    await atelier.locator('summary', { hasText: 'Ajouter une pratique présentée' }).click();
    await atelier.getByLabel(/Titre de la pratique/).fill(`ecole ${word}`);
    await atelier.getByRole('button', { name: /Chercher/ }).click();
    await atelier.getByRole('radio', { name: new RegExp(a.title) }).check();
    await atelier.getByRole('button', { name: 'Associer cette pratique' }).click();
    await expect(atelier.getByRole('link', { name: a.title })).toBeVisible();

    // 7. The meeting page shows it under that atelier, and the practice's page lists the meeting.
    await visitor.goto(`/rencontres/${MEETING}`);
    const card = visitor
      .getByRole('region', { name: 'Ateliers au choix' })
      .getByRole('listitem')
      .filter({ has: visitor.getByRole('heading', { name: /^Atelier A : / }) })
      .first();
    await expect(card.getByRole('link', { name: a.title })).toHaveAttribute('href', `/pratiques/${published.slug}`);
    await visitor.goto(`/pratiques/${published.slug}`);
    await expect(visitor.getByRole('region', { name: 'Présentée lors des rencontres' }).locator(`a[href="/rencontres/${MEETING}"]`)).toHaveCount(1);
  } finally {
    // The demo meeting is shared by other tests: it keeps only their own practices.
    if (practiceId) await db.delete(practicePresentations).where(eq(practicePresentations.practiceId, practiceId));
  }
});
