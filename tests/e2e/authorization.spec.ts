// Every page and route handler of /espace and /admin × {anonymous, partner of another region, partner of the
// region, national staff}: refused (sign-in redirect or 404) or allowed, as the permissions say.
import type { Browser, BrowserContext } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { events } from '@/db/schema';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent } from '../support/db';
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

/** What the role meets at `path`: the sign-in page, the French 404, or the page itself. */
async function outcome(context: BrowserContext, path: string): Promise<'connexion' | 'refusé' | 'autorisé'> {
  if (path.endsWith('.csv')) {
    const response = await context.request.get(path, { maxRedirects: 0 });
    if ([302, 303, 307, 308].includes(response.status())) return response.headers().location?.includes('/connexion') ? 'connexion' : 'refusé';
    if (response.status() === 404) return 'refusé';
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    return 'autorisé';
  }
  const page = await context.newPage();
  try {
    const response = await page.goto(path);
    if (new URL(page.url()).pathname === '/connexion') return 'connexion';
    await expect(page.locator('h1').first()).toBeVisible();
    if (await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).isVisible()) return 'refusé';
    expect(response?.status()).toBe(200);
    return 'autorisé';
  } finally {
    await page.close();
  }
}

test.describe('[autorisations] matrice de l’espace partenaires', () => {
  test('chaque page et chaque export selon le rôle', async ({ browser, db }) => {
    test.setTimeout(120_000);
    const { event, slots } = await createEvent(db, { regionCode: '76', title: 'Rencontre Occitanie de la matrice' });
    await registerAttendee(db, validInput(slots), { slug: event.slug, now: new Date(), appUrl: 'http://localhost:3100' });
    // Back to draft: the public lists, cached, must not count a meeting published behind their back.
    await db.update(events).set({ status: 'draft' }).where(eq(events.id, event.id));
    const base = `/espace/rencontres/${event.id}`;
    const cases: [string, Record<Role, string>][] = [
      ['/espace', { anonyme: 'connexion', 'partenaire Bretagne': 'autorisé', 'partenaire Occitanie': 'autorisé', national: 'autorisé' }],
      ['/espace/rencontres/nouvelle', { anonyme: 'connexion', 'partenaire Bretagne': 'autorisé', 'partenaire Occitanie': 'autorisé', national: 'autorisé' }],
      ...['', '/programme', '/inscriptions', '/inscriptions/export.csv', '/accueil'].map(
        (suffix) =>
          [base + suffix, { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'autorisé', national: 'autorisé' }] as [string, Record<Role, string>],
      ),
      // The national console: national staff only.
      ...['/admin', '/admin/statistiques', '/admin/comptes', '/admin/personnes', '/admin/journal', '/admin/courriels', '/admin/export.csv'].map(
        (path) =>
          [path, { anonyme: 'connexion', 'partenaire Bretagne': 'refusé', 'partenaire Occitanie': 'refusé', national: 'autorisé' }] as [string, Record<Role, string>],
      ),
      // A tampered id: another meeting's, a malformed one.
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
