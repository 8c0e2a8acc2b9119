import { and, eq } from 'drizzle-orm';
import { outboundEmails } from '@/db/schema';
import { createEvent, createUser, uniqueEmail } from '../support/db';
import { validInput } from '../support/registration';
import { expect, test } from './fixtures';

// Links in e-mails come from the configured address (NEXTAUTH_URL here), never from the request.
const FORGED = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' };
const linksIn = (text: string) => text.match(/https?:\/\/[^\s<>"')]+/g) ?? [];

test.describe('[sécurité] un hôte falsifié ne change pas les liens des e-mails', () => {
  test('[anonyme] mot de passe oublié avec X-Forwarded-Host et Origin falsifiés : le lien pointe vers le site', async ({ page, db, baseURL }) => {
    const user = await createUser(db, { role: 'national' });
    // The form's own server-action request, caught and sent again as an attacker would, with a
    // forged host and a matching Origin (a browser cannot forge Origin; a script can).
    await page.goto('/mot-de-passe-oublie');
    await page.getByLabel('Adresse e-mail de votre compte').fill(user.email);
    const caught = new Promise<{ headers: Record<string, string>; body: Buffer | null }>((resolve) =>
      page.route('**/mot-de-passe-oublie', async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        resolve({ headers: route.request().headers(), body: route.request().postDataBuffer() });
        await route.abort();
      }),
    );
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    const original = await caught;
    const forged = await page.request.post('/mot-de-passe-oublie', {
      headers: { ...original.headers, ...FORGED, origin: 'http://evil.example' },
      data: original.body ?? undefined,
    });
    expect(forged.status()).toBe(200);
    await expect.poll(async () => (await db.select().from(outboundEmails).where(and(eq(outboundEmails.to, user.email), eq(outboundEmails.kind, 'password_reset')))).length).toBeGreaterThan(0);
    const [mail] = await db.select().from(outboundEmails).where(and(eq(outboundEmails.to, user.email), eq(outboundEmails.kind, 'password_reset')));
    const links = linksIn(mail.text);
    expect(links.some((l) => l.startsWith(`${baseURL}/mot-de-passe/`))).toBe(true);
    expect(links.filter((l) => l.includes('evil.example'))).toEqual([]);
    expect(mail.html).not.toContain('evil.example');
  });

  test('[API] inscription avec Host et X-Forwarded-Host falsifiés : les liens de confirmation pointent vers le site', async ({ request, db, baseURL }) => {
    const { event, slots } = await createEvent(db);
    const email = uniqueEmail('hote');
    const response = await request.post(`/api/events/${event.slug}/registrations`, {
      headers: { ...FORGED, host: 'evil.example', 'x-forwarded-for': '198.19.7.7' },
      data: validInput(slots, { email }),
    });
    expect(response.status()).toBe(201);
    const body = await response.json();
    expect(JSON.stringify(body)).not.toContain('evil.example');
    const mails = await db.select().from(outboundEmails).where(eq(outboundEmails.to, email));
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      const links = linksIn(mail.text);
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((l) => !l.startsWith(`${baseURL}/`))).toEqual([]);
      expect(mail.html).not.toContain('evil.example');
    }
  });
});
