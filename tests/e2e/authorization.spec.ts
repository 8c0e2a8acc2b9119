// Every page and route handler of /espace and /admin × {anonymous, partner of another region, partner of the
// region, national staff}: refused (307 to the sign-in page, or 404) or allowed (200), as the permissions
// say, in the HTTP status as well as on the page.
import type { Browser, BrowserContext } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { events } from '@/db/schema';
import { checkInUrl } from '@/lib/checkin/signed-link';
import { registerAttendee } from '@/lib/registrations/register';
import { STAT_TABLE_SLUGS } from '@/lib/stats/tables';
import { createEvent } from '../support/db';
import { insertPractice } from '../support/practices';
import { validInput } from '../support/registration';
import { DEMO, signIn } from './auth';
import { expect, test } from './fixtures';

type Role = 'anonyme' | 'partenaire Bretagne' | 'partenaire Occitanie' | 'national';
const ROLES: Role[] = ['anonyme', 'partenaire Bretagne', 'partenaire Occitanie', 'national'];
const EMAIL: Record<Exclude<Role, 'anonyme'>, string> = {
  'partenaire Bretagne': DEMO.bretagne,
  'partenaire Occitanie': DEMO.occitanie,
  national: DEMO.national,
};

async function contextFor(browser: Browser, role: Role) {
  const context = await browser.newContext();
  if (role !== 'anonyme') {
    const page = await context.newPage();
    await signIn(page, EMAIL[role]);
    await page.close();
  }
  return context;
}

type Outcome = 'connexion' | 'refusé' | 'autorisé';

/**
 * What the role meets at `path`, read twice: the HTTP answer (a redirect to the sign-in page, a 404,
 * or a 200) and what the browser shows (the sign-in page, the French 404, or the page itself). The
 * two must agree: a refusal shown under a 200 is reported as such.
 */
async function outcome(context: BrowserContext, path: string): Promise<Outcome | string> {
  const answer = await context.request.get(path, { maxRedirects: 0 });
  const status = answer.status();
  const byStatus: Outcome | string =
    status === 307 && new URL(answer.headers().location ?? '', 'http://x').pathname === '/connexion'
      ? 'connexion'
      : status === 404
        ? 'refusé'
        : status === 200
          ? 'autorisé'
          : `HTTP ${status}`;
  if (path.endsWith('.csv')) {
    if (byStatus === 'autorisé') expect(answer.headers()['content-type']).toContain('text/csv');
    return byStatus;
  }
  const page = await context.newPage();
  try {
    await page.goto(path);
    let shown: Outcome;
    if (new URL(page.url()).pathname === '/connexion') shown = 'connexion';
    else {
      await expect(page.locator('h1').first()).toBeVisible();
      shown = (await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).isVisible()) ? 'refusé' : 'autorisé';
    }
    return shown === byStatus ? shown : `${shown} affiché, mais ${byStatus === shown ? status : byStatus} (HTTP ${status})`;
  } finally {
    await page.close();
  }
}

test.describe('[autorisations] matrice de l’espace partenaires', () => {
  test('chaque page et chaque export selon le rôle', async ({ browser, db }) => {
    test.setTimeout(120_000);
    const { event, slots } = await createEvent(db, { regionCode: '76', title: 'Rencontre Occitanie de la matrice' });
    const registration = await registerAttendee(validInput(slots), { slug: event.slug, now: new Date(), appUrl: 'http://localhost:3100' }, db);
    const checkIn = new URL(checkInUrl('http://localhost:3100', registration.id)!).pathname;
    // The same code with its signature's last character changed.
    const tampered = checkIn.slice(0, -1) + (checkIn.endsWith('A') ? 'B' : 'A');
    // Back to draft: the public lists, cached, must not count an event published behind their back.
    await db.update(events).set({ status: 'draft' }).where(eq(events.id, event.id));
    const base = `/espace/rencontres/${event.id}`;
    const practice = await insertPractice(db, { regionCode: '76', status: 'submitted', title: 'Pratique Occitanie de la matrice', publishedAt: null });
    const draft = await insertPractice(db, { regionCode: '76', status: 'draft', slug: null, submittedAt: null, publishedAt: null });
    const cases: [string, Record<Role, string>][] = [
      ['/espace', { anonyme: 'connexion', 'partenaire Bretagne': 'autorisé', 'partenaire Occitanie': 'autorisé', national: 'autorisé' }],
      [checkIn, { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'autorisé', national: 'autorisé' }],
      [tampered, { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'refusé', national: 'refusé' }],
      ['/espace/rencontres/nouvelle', { anonyme: 'connexion', 'partenaire Bretagne': 'autorisé', 'partenaire Occitanie': 'autorisé', national: 'autorisé' }],
      ...['', '/programme', '/inscriptions', '/inscriptions/export.csv', '/accueil'].map(
        (suffix) =>
          [base + suffix, { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'autorisé', national: 'autorisé' }] as [string, Record<Role, string>],
      ),
      // Pratiques inspirantes: the answers of one's regions; moderation in the console only.
      ...['/espace/pratiques', '/espace/pratiques/nouvelle'].map(
        (path) => [path, { anonyme: 'connexion', 'partenaire Bretagne': 'autorisé', 'partenaire Occitanie': 'autorisé', national: 'autorisé' }] as [string, Record<Role, string>],
      ),
      [`/espace/pratiques/${practice.id}`, { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'autorisé', national: 'autorisé' }],
      [`/espace/pratiques/${draft.id}`, { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'refusé', national: 'refusé' }],
      ['/espace/pratiques/pas-un-identifiant', { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'refusé', national: 'refusé' }],
      [`/admin/pratiques/${draft.id}`, { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'refusé', national: 'refusé' }],
      // The national console: national staff only.
      ...[
        '/admin/pratiques',
        `/admin/pratiques/${practice.id}`,
        '/admin',
        '/admin/statistiques',
        '/admin/comptes',
        '/admin/personnes',
        '/admin/journal',
        '/admin/courriels',
        '/admin/export.csv',
        '/admin/pratiques/reglages',
        '/admin/pratiques/export.csv',
        ...STAT_TABLE_SLUGS.map((table) => `/admin/statistiques/${table}/export.csv`),
      ].map(
        (path) =>
          [path, { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'refusé', national: 'autorisé' }] as [string, Record<Role, string>],
      ),
      ['/admin/page-inconnue', { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'refusé', national: 'refusé' }],
      // A tampered id: another event's, a malformed one.
      ['/espace/rencontres/00000000-0000-4000-8000-000000000000', { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'refusé', national: 'refusé' }],
      ['/espace/rencontres/pas-un-identifiant/inscriptions/export.csv', { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'refusé', national: 'refusé' }],
    ];
    const found: Record<string, Record<Role, string>> = {};
    for (const role of ROLES) {
      const context = await contextFor(browser, role);
      for (const [path] of cases) (found[path] ??= {} as Record<Role, string>)[role] = await outcome(context, path);
      await context.close();
    }
    expect(found).toEqual(Object.fromEntries(cases));
  });
});
