// The recueil on a real PostgreSQL, read back with pdf.js: cover, introduction, contents by theme
// and index by region with the right page numbers, accents intact, metadata and outline; published
// practices only and never a respondent's e-mail. Then the staff's CSV of the same selection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { practicePresentations, practices } from '@/db/schema';
import { generateRecueilPdf } from '@/lib/recueil/generate';
import { exportRecueilCsv } from '@/lib/recueil/export';
import { DEFAULT_INTRODUCTION, RECUEIL_TITLE } from '@/lib/recueil/content';
import { parseRecueilFilters } from '@/lib/recueil/filters';
import { createEvent, createUser } from '../support/db';
import { ownDatabase, type OwnDatabase } from '../support/own-database';
import { insertPractice, uniqueWord } from '../support/practices';
import { readPdf, type ReadPdf } from '../support/pdf';

// A database of this file's own: the recueil holds every published practice, and other test files
// publish theirs at the same time on the shared one.
let own: OwnDatabase;
let db: OwnDatabase['db'];
beforeAll(async () => {
  own = await ownDatabase('recueil');
  db = own.db;
}, 60_000);
afterAll(async () => {
  expect(await own.drop()).toBe(true);
});

const now = new Date('2031-05-20T08:00:00Z');
const w = uniqueWord('rec');
const titles = {
  coeur: `Cœur de quartier : l’« atelier » des Mureaux ${w}`,
  ecole: `École inclusive à Saint-Étienne ${w}`,
  oeuvre: `Œuvre commune des maîtres d’ouvrage ${w}`,
};
const hidden = { submitted: `Pratique en attente ${w}`, unpublished: `Pratique dépubliée ${w}` };
const emails = { coeur: `coeur.${w}@test.example.org`, ecole: `ecole.${w}@test.example.org`, oeuvre: `oeuvre.${w}@test.example.org` };

let pdf: ReadPdf;
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  const coeur = await insertPractice(db, {
    title: titles.coeur,
    regionCode: '11',
    themes: ['habitants_qpv', 'entreprises'],
    department: 'Yvelines (78)',
    communes: 'Les Mureaux',
    qpv: true,
    qpvNames: 'Cinq Quartiers',
    insertionHours: 12500,
    peopleHired: 34,
    respondentEmail: emails.coeur,
    consentContactAt: new Date('2030-01-10T10:00:00Z'),
    respondentName: 'Aïcha Contactable',
  });
  await insertPractice(db, { title: titles.ecole, regionCode: '84', themes: ['innover'], respondentEmail: emails.ecole, respondentName: 'Bruno Discret', consentContactAt: null });
  await insertPractice(db, { title: titles.oeuvre, regionCode: '01', themes: ['entreprises', 'autre'], otherTheme: 'Maîtrise d’ouvrage', respondentEmail: emails.oeuvre });
  await insertPractice(db, { title: hidden.submitted, status: 'submitted', publishedAt: null });
  await insertPractice(db, { title: hidden.unpublished, status: 'unpublished', publishedAt: null });
  const { event, slots } = await createEvent(db, { title: `Rencontre de démonstration ${w}`, date: '2031-03-12', regionCode: '11' });
  await db.insert(practicePresentations).values({ practiceId: coeur.id, agendaItemId: slots[0].id, workshopId: slots[0].workshops[1].id });
  expect(event.status).toBe('published');
  const { pdf: bytes } = await generateRecueilPdf(parseRecueilFilters({}), { now }, db);
  pdf = await readPdf(bytes);
});

/** The page (1-based) whose text starts with a practice's title: where its entry begins. */
const entryPage = (title: string) => pdf.pages.findIndex((text) => flat(text).trim().startsWith(title)) + 1;

describe('the recueil PDF', () => {
  it('has a cover, the default introduction and the title, language and author metadata', async () => {
    const published = await db.$count(practices, eq(practices.status, 'published'));
    const cover = flat(pdf.pages[0]);
    expect(cover).toContain(flat(RECUEIL_TITLE));
    expect(cover).toContain('TOUR DE FRANCE DE LA CLAUSE SOCIALE');
    expect(cover).toContain(`${published} pratiques inspirantes`);
    expect(cover).toContain('Édition du 20 mai 2031');
    expect(flat(pdf.pages[1])).toContain(flat(DEFAULT_INTRODUCTION.split('\n')[0]));
    expect(pdf.info.Title).toBe(RECUEIL_TITLE);
    expect(pdf.info.Language).toBe('fr');
    expect(pdf.info.Author).toBe('Alliance Villes Emploi');
    expect(String(pdf.info.Subject)).toContain('clause sociale');
  });

  it('has one entry per published practice, titles and territory with their accents intact', async () => {
    for (const title of Object.values(titles)) expect(entryPage(title), title).toBeGreaterThan(3);
    const coeur = flat(pdf.pages[entryPage(titles.coeur) - 1]);
    expect(coeur).toContain('Île-de-France · Yvelines (78)');
    expect(coeur).toContain('Oui : Cinq Quartiers');
    expect(coeur).toContain('12 500 heures d’insertion');
    expect(coeur).toContain('34 personnes recrutées');
    expect(coeur).toContain(`Rencontre de démonstration ${w}, 12 mars 2031 — atelier B : Atelier B`);
    expect(flat(pdf.pages[entryPage(titles.oeuvre) - 1])).toContain('Autre : Maîtrise d’ouvrage');
    const published = await db.$count(practices, eq(practices.status, 'published'));
    // cover + introduction + contents (one page or more) + one page or more per practice + index
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3 + published + 1);
    // The index by region comes last, after every entry (it may take more than one page).
    const index = pdf.pages.findIndex((text) => flat(text).includes('Index par région')) + 1;
    expect(index).toBeGreaterThan(Math.max(...Object.values(titles).map(entryPage)));
    expect(pdf.outline.at(-1)?.page).toBe(index);
  });

  it('lists each practice under each of its themes in the contents, with the page of its entry', () => {
    // From page 3 to the page before the first entry (the outline's fourth item).
    const contents = flat(pdf.pages.slice(2, pdf.outline[3].page! - 1).join('\n'));
    expect(contents.startsWith('Sommaire par thème')).toBe(true);
    const section = (label: string) => contents.split(label)[1] ?? '';
    expect(contents).toContain('Repérer et mobiliser les habitants des QPV');
    expect(section('Repérer et mobiliser les habitants des QPV')).toContain(`${titles.coeur} — Île-de-France ${entryPage(titles.coeur)}`);
    expect(section('Mobiliser les entreprises')).toContain(`${titles.coeur} — Île-de-France ${entryPage(titles.coeur)}`);
    expect(section('Mobiliser les entreprises')).toContain(`${titles.oeuvre} — Guadeloupe ${entryPage(titles.oeuvre)}`);
    expect(section('Innover avec la clause sociale')).toContain(`${titles.ecole} — Auvergne-Rhône-Alpes ${entryPage(titles.ecole)}`);
  });

  it('ends with the index by region, with the same page numbers', () => {
    const lines = pdf.pages
      .slice(pdf.pages.findIndex((p) => p.startsWith('Index par région')))
      .join('\n')
      .split('\n')
      .map((l) => l.trim());
    // A region's heading is a line of its own; its practices follow until the next heading.
    const under = (region: string) => lines.slice(lines.indexOf(region)).join(' ');
    expect(lines.indexOf('Auvergne-Rhône-Alpes')).toBeGreaterThan(0);
    expect(lines.indexOf('Auvergne-Rhône-Alpes')).toBeLessThan(lines.indexOf('Guadeloupe'));
    expect(lines.indexOf('Guadeloupe')).toBeLessThan(lines.indexOf('Île-de-France'));
    expect(under('Île-de-France')).toContain(`${titles.coeur} ${entryPage(titles.coeur)}`);
    expect(under('Guadeloupe')).toContain(`${titles.oeuvre} ${entryPage(titles.oeuvre)}`);
    expect(under('Auvergne-Rhône-Alpes')).toContain(`${titles.ecole} ${entryPage(titles.ecole)}`);
  });

  it('has an outline: cover, introduction, contents, each practice at its page, index', () => {
    const top = pdf.outline.map((o) => o.title);
    expect(top.slice(0, 3)).toEqual(['Couverture', 'Introduction', 'Sommaire par thème']);
    expect(top.at(-1)).toBe('Index par région');
    for (const title of Object.values(titles)) expect(pdf.outline.find((o) => o.title === title)?.page).toBe(entryPage(title));
  });

  it('shows no unpublished practice and no respondent', () => {
    const all = pdf.pages.join('\n');
    for (const title of Object.values(hidden)) expect(all).not.toContain(title);
    for (const email of Object.values(emails)) expect(all).not.toContain(email);
    expect(all).not.toMatch(/@test\.example\.org/);
    expect(all).not.toContain('Aïcha Contactable');
  });

  it('keeps to one region or one theme with the filters of the web page', async () => {
    const one = await readPdf((await generateRecueilPdf(parseRecueilFilters({ region: '84' }), { now }, db)).pdf);
    const text = flat(one.pages.join('\n'));
    expect(text).toContain('Région : Auvergne-Rhône-Alpes');
    expect(text).toContain(titles.ecole);
    expect(text).not.toContain(titles.coeur);
  });
});

describe('the PDF kept by an instance', () => {
  it('is served again while nothing it shows has changed, and laid out again after a change', async () => {
    const filters = parseRecueilFilters({ region: '84' });
    const first = await generateRecueilPdf(filters, { now }, db);
    expect((await generateRecueilPdf(filters, { now }, db)).pdf).toBe(first.pdf);
    await db.update(practices).set({ title: `${titles.ecole} (révisée)` }).where(eq(practices.title, titles.ecole));
    const changed = await generateRecueilPdf(filters, { now }, db);
    expect(changed.pdf).not.toBe(first.pdf);
    expect(flat((await readPdf(changed.pdf)).pages.join('\n'))).toContain(`${titles.ecole} (révisée)`);
    await db.update(practices).set({ title: titles.ecole }).where(eq(practices.title, `${titles.ecole} (révisée)`));
  });
});

describe('the staff’s CSV of the recueil', () => {
  it('answers national staff with the practices, and a respondent only if they agreed to be contacted', async () => {
    const staff = (await createUser(db, { role: 'national' })).currentUser;
    const { csv, filename } = await exportRecueilCsv(parseRecueilFilters({}), { user: staff, now, appUrl: 'https://tour.example.org' }, db);
    expect(filename).toBe('pratiques-inspirantes-2031-05-20.csv');
    expect(csv.startsWith('\uFEFFTitre;Fiche en ligne;Région;')).toBe(true);
    const line = (title: string) => csv.split('\r\n').find((l) => l.startsWith(title)) ?? '';
    expect(line(titles.coeur)).toContain(emails.coeur);
    expect(line(titles.coeur)).toContain('Aïcha Contactable');
    expect(line(titles.coeur)).toContain('Oui, le 10/01/2030');
    expect(line(titles.coeur)).toContain(';12500;34;');
    expect(line(titles.ecole)).not.toContain(emails.ecole);
    expect(line(titles.ecole)).not.toContain('Bruno Discret');
    expect(csv).not.toContain(hidden.submitted);
  });

  it('refuses a partner', async () => {
    const partner = (await createUser(db, { role: 'partner', regionCodes: ['11'] })).currentUser;
    await expect(exportRecueilCsv(parseRecueilFilters({}), { user: partner, now, appUrl: 'https://tour.example.org' }, db)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
