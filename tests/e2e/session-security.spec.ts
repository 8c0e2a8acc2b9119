import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { createUser } from '../support/db';
import { signIn } from './auth';
import { expect, test } from './fixtures';

const PASSWORD = 'phrase-de-test-securite';

test('[national] signing out ends the session server-side: the old cookie no longer opens /admin/comptes', async ({ page, db, baseURL, playwright }) => {
  const user = await createUser(db, { role: 'national', password: PASSWORD });
  await signIn(page, user.email, PASSWORD);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'))!;
  expect(cookie).toBeTruthy();
  // A context of its own with only the old cookie, as a thief who copied it would replay it.
  const thief = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` } });
  const replay = () => thief.get('/admin/comptes', { maxRedirects: 0 });
  const before = await replay();
  expect(before.status()).toBe(200);
  expect(await before.text()).toContain(user.email);

  const csrf = (await (await page.request.get('/api/auth/csrf')).json()).csrfToken as string;
  const out = await page.request.post('/api/auth/signout', { form: { csrfToken: csrf, callbackUrl: `${baseURL}/connexion` }, maxRedirects: 0 });
  expect(out.status()).toBe(302);

  const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, user.id));
  expect(row.sv).toBe(1);
  const again = await replay();
  // Whatever the status the layout answers with, the staff page is not shown.
  expect(await again.text()).not.toContain(user.email);
  await thief.dispose();
});

test.describe('callbackUrl after sign-in stays on this site', () => {
  const bypasses = ['/%5Cevil.example', '/%09/evil.example', '/%2F%2Fevil.example', '%5C%5Cevil.example', '//evil.example', 'http://localhost@evil.example/', 'https://evil.example/'];
  for (const target of bypasses) {
    test(`[national] callbackUrl=${target} lands on this site`, async ({ page, db, baseURL }) => {
      const user = await createUser(db, { role: 'national', password: PASSWORD });
      await page.goto(`/connexion?callbackUrl=${target}`);
      await page.getByLabel('Adresse e-mail').fill(user.email);
      await page.getByLabel('Mot de passe').fill(PASSWORD);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page).not.toHaveURL(/\/connexion/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test('[anonymous] a callbackUrl on a look-alike host is answered normally, never 500', async ({ page, baseURL }) => {
    const port = new URL(baseURL!).port;
    const evil = `http://localhost:${port}.evil.example/`;
    const signin = await page.request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(evil)}`, { maxRedirects: 0 });
    expect(signin.status()).toBeLessThan(500);
    const csrf = (await (await page.request.get('/api/auth/csrf')).json()).csrfToken as string;
    const post = await page.request.post('/api/auth/callback/credentials', {
      form: { csrfToken: csrf, email: 'personne@test.example.org', password: 'x', callbackUrl: evil, json: 'true' },
      maxRedirects: 0,
    });
    expect(post.status()).toBeLessThan(500);
    const page1 = await page.request.get(`/connexion?callbackUrl=${encodeURIComponent(evil)}`);
    expect(page1.status()).toBe(200);
  });
});
