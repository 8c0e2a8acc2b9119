// The survey in the browser: answered by keyboard only, the e-mail read from the outbox, the private
// link opened; a draft kept and taken up again; the error summary; the private page of each status;
// the closed survey; and POST /api/practices (202, 400, 429).
import { eq } from 'drizzle-orm';
import type { Locator, Page } from '@playwright/test';
import { outboundEmails, practices, tourSettings } from '@/db/schema';
import type { TestDb } from '../support/db';
import { uniqueWord } from '../support/practices';
import { surveyAnswer } from '../support/survey';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { tabTo } from './keyboard';

type Db = TestDb;

async function emailsTo(db: Db, to: string) {
  await expect.poll(async () => (await db.select().from(outboundEmails).where(eq(outboundEmails.to, to))).length).toBeGreaterThan(0);
  return db.select().from(outboundEmails).where(eq(outboundEmails.to, to)).orderBy(outboundEmails.createdAt);
}
const linkIn = (text: string) => new URL(text.match(/https?:\/\/\S+\/enquete\/[A-Za-z0-9_-]{20,}/)![0]).pathname;

/** Tab to a field and type into it, as a keyboard user does. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field, 120);
  await page.keyboard.type(text);
}
async function check(page: Page, box: Locator) {
  await tabTo(page, box, 120);
  await page.keyboard.press('Space');
}

test.describe('Enquête nationale', () => {
  test('answered by keyboard only: confirmation, e-mail with the private link, the answer under review', async ({ page, db }) => {
    test.setTimeout(90_000);
    const a = surveyAnswer({ title: `Visites de chantier pour les habitants ${uniqueWord()}` });
    await page.goto('/enquete');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Les bonnes pratiques d’animation de la clause sociale dans les QPV !');
    // Every field in the page's order: a label and what is typed (a select picks what is typed).
    const answers: [string, string][] = [
      ['Vos prénom et nom', a.respondentName],
      ['Votre fonction', a.respondentRole],
      ['Votre adresse e-mail', a.email],
      ['Votre organisation', a.respondentOrganisation],
      ["Type d'organisation", 'Facilitateur'],
      ['Région', 'Occitanie'],
      ['Département', a.department],
      ['Commune(s) concernée(s)', a.communes],
      ['QPV', ''],
      ['Quel(s) quartier(s) ?', a.qpvNames],
      ['Titre de la pratique', a.title],
      ['THEME', ''],
      ['Acteurs impliqués', a.actors],
      ['Le contexte', a.context],
      ['Ce qui a été fait', a.actions],
      ['Période', a.period],
      ['Les résultats', a.results],
      ["Heures d'insertion réalisées", '12500'],
      ['Personnes recrutées', '42'],
      ['Les difficultés rencontrées', a.difficulties],
      ["Ce qu'il faut à un autre territoire pour la reproduire", a.reproduce],
      ['Lien 1', 'https://exemple.fr/chantiers'],
    ];
    for (const [label, text] of answers) {
      if (label === 'QPV') await check(page, page.getByRole('radio', { name: 'Oui' }));
      else if (label === 'THEME') await check(page, page.getByRole('checkbox', { name: 'Repérer et mobiliser les habitants des QPV' }));
      else await typeInto(page, page.getByLabel(label), text);
    }
    await check(page, page.getByRole('checkbox', { name: /soit publiée sur ce site/ }));
    await tabTo(page, page.getByRole('button', { name: 'Envoyer ma réponse' }), 40);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/enquete\/[A-Za-z0-9_-]{43}\?envoi=1$/);
    await expect(page.locator('#confirmation')).toContainText(`Un e-mail de confirmation a été envoyé à ${a.email}`);
    await expect(page.locator('#etat')).toHaveText('Votre réponse est en cours de relecture');

    const [row] = await db.select().from(practices).where(eq(practices.respondentEmail, a.email));
    expect(row).toMatchObject({ status: 'submitted', origin: 'survey', title: a.title, insertionHours: 12500, peopleHired: 42, qpv: true, themes: ['habitants_qpv'] });
    expect(row.consentPublicationAt).not.toBeNull();
    expect(row.consentContactAt).toBeNull();
    const [email] = await emailsTo(db, a.email);
    expect(email.kind).toBe('practice_submitted');
    const response = await page.goto(linkIn(email.text));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(page.locator('#statut-reponse')).toContainText('en cours de relecture');
    await expect(page.getByRole('button', { name: 'Envoyer ma réponse' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a draft kept with only an e-mail, taken up again through the e-mailed link', async ({ page, db }) => {
    const a = surveyAnswer();
    await page.goto('/enquete');
    await page.getByLabel('Votre adresse e-mail').fill(a.email);
    await page.getByLabel('Titre de la pratique').fill(a.title);
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(page).toHaveURL(/\/enquete\/[A-Za-z0-9_-]{43}\?brouillon=1$/);
    await expect(page.locator('#confirmation')).toContainText(`Un e-mail a été envoyé à ${a.email}`);
    const [email] = await emailsTo(db, a.email);
    expect(email.kind).toBe('practice_draft_link');

    await page.goto(linkIn(email.text));
    await expect(page.locator('#etat')).toHaveText('Brouillon : pas encore envoyé');
    await expect(page.getByLabel('Titre de la pratique')).toHaveValue(a.title);
    await expectNoAxeViolations(page);
    await page.getByLabel('Vos prénom et nom').fill(a.respondentName);
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(page.locator('#resultat-enquete')).toContainText('Votre brouillon est enregistré');
    await expect.poll(async () => (await db.select().from(practices).where(eq(practices.respondentEmail, a.email)))[0].respondentName).toBe(a.respondentName);
  });

  test('a refused submission lists every problem at the top, each leading to its field', async ({ page, db }) => {
    await page.goto('/enquete');
    await expectNoAxeViolations(page);
    const before = await db.$count(practices);
    await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    const summary = page.locator('#resultat-enquete');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Certaines réponses sont à compléter ou à corriger');
    await expect(summary.getByRole('link')).toContainText(['Indiquez vos prénom et nom.', 'Indiquez votre fonction.', 'Indiquez votre adresse e-mail.']);
    await expect(summary.getByRole('link', { name: 'Choisissez au moins un thème.' })).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Vos prénom et nom')).toBeFocused();
    await expect(page.getByLabel('Vos prénom et nom')).toHaveAttribute('aria-describedby', 'respondentName-erreur');
    await expectNoAxeViolations(page);
    expect(await db.$count(practices)).toBe(before);
  });

  test('an answer sent back: the message shown, the respondent’s version edited and sent again', async ({ page, db }) => {
    const a = surveyAnswer();
    const created = await page.request.post('/api/practices', { data: a, headers: { 'x-forwarded-for': '198.19.1.1' } });
    expect(created.status()).toBe(202);
    const { id } = await created.json();
    await db.update(practices).set({ status: 'changes_requested', title: 'Titre de la modération', moderatorMessage: 'Merci de préciser les heures.' }).where(eq(practices.id, id));
    const [email] = await emailsTo(db, a.email);
    await page.goto(linkIn(email.text));
    await expect(page.locator('#etat')).toHaveText('Des précisions vous sont demandées');
    await expect(page.getByText('Merci de préciser les heures.')).toBeVisible();
    await expect(page.getByLabel('Titre de la pratique')).toHaveValue(a.title);
    await expect(page.getByRole('button', { name: 'Enregistrer le brouillon' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByLabel("Heures d'insertion réalisées").fill('14000');
    await page.getByRole('button', { name: 'Renvoyer ma réponse modifiée' }).click();
    await expect(page.locator('#confirmation')).toContainText('Un e-mail de confirmation a été envoyé');
    const [row] = await db.select().from(practices).where(eq(practices.id, id));
    expect(row).toMatchObject({ status: 'submitted', insertionHours: 14000, title: a.title, moderatorMessage: 'Merci de préciser les heures.' });
    expect(row.original).toMatchObject({ insertionHours: 14000 });
  });

  test('published and declined answers say where they stand; an unknown link is a 404', async ({ page, db }) => {
    const a = surveyAnswer();
    const created = await page.request.post('/api/practices', { data: a, headers: { 'x-forwarded-for': '198.19.1.2' } });
    const { id } = await created.json();
    const [email] = await emailsTo(db, a.email);
    const [row] = await db.update(practices).set({ status: 'published', publishedAt: new Date() }).where(eq(practices.id, id)).returning();
    await page.goto(linkIn(email.text));
    await expect(page.getByRole('link', { name: 'voir la pratique publiée' })).toHaveAttribute('href', `/pratiques/${row.slug}`);
    await db.update(practices).set({ status: 'declined', declineReason: 'Pratique hors du champ de la clause sociale.' }).where(eq(practices.id, id));
    await page.reload();
    await expect(page.locator('#etat')).toHaveText('Votre réponse n’a pas été retenue');
    await expect(page.getByText('Pratique hors du champ de la clause sociale.')).toBeVisible();
    const unknown = await page.goto(`/enquete/${'A'.repeat(43)}`);
    expect(unknown?.status()).toBe(404);
  });

  test('a closed survey says so with its dates, and the API refuses with 409', async ({ page, db }) => {
    await db.update(tourSettings).set({ surveyOpensAt: new Date('2021-01-04T08:00:00Z'), surveyClosesAt: new Date('2021-06-30T21:59:00Z') }).where(eq(tourSettings.id, 1));
    try {
      await page.goto('/enquete');
      await expect(page.getByRole('heading', { name: 'L’enquête n’est pas ouverte' })).toBeVisible();
      await expect(page.getByText('L’enquête est close depuis le 30 juin 2021 à 23h59.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Envoyer ma réponse' })).toHaveCount(0);
      const refused = await page.request.post('/api/practices', { data: surveyAnswer(), headers: { 'x-forwarded-for': '198.19.1.3' } });
      expect(refused.status()).toBe(409);
      expect((await refused.json()).error.code).toBe('survey_closed');
    } finally {
      await db.update(tourSettings).set({ surveyOpensAt: null, surveyClosesAt: null }).where(eq(tourSettings.id, 1));
    }
  });
});

test.describe('[API] POST /api/practices', () => {
  test('202 submitted, 400 with French fields (malformed JSON too), 429 with Retry-After', async ({ request, db }) => {
    const a = surveyAnswer();
    const ok = await request.post('/api/practices', { data: a, headers: { 'x-forwarded-for': '198.19.2.1' } });
    expect(ok.status()).toBe(202);
    const body = await ok.json();
    expect(body).toEqual({ id: expect.any(String), status: 'submitted' });
    const [row] = await db.select().from(practices).where(eq(practices.id, body.id));
    expect(row).toMatchObject({ origin: 'api', status: 'submitted', respondentEmail: a.email });
    expect((await emailsTo(db, a.email)).map((e) => e.kind)).toEqual(['practice_submitted']);

    const before = await db.$count(practices);
    const invalid = await request.post('/api/practices', { data: { ...a, themes: [], email: 'non' }, headers: { 'x-forwarded-for': '198.19.2.2' } });
    expect(invalid.status()).toBe(400);
    const error = (await invalid.json()).error;
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toMatchObject({ themes: 'Choisissez au moins un thème.', email: expect.stringContaining('adresse e-mail valide') });
    const malformed = await request.post('/api/practices', { data: '{"title": ', headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.19.2.3' } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.fields.form).toBe('Le corps de la requête doit être un objet JSON.');
    expect(await db.$count(practices)).toBe(before);

    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const r = await request.post('/api/practices', { data: surveyAnswer(), headers: { 'x-forwarded-for': '198.19.2.4' } });
      statuses.push(r.status());
      if (r.status() === 429) expect(Number(r.headers()['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([...Array(20).fill(202), 429]);
  });
});
