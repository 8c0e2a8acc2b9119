// The requests the fuzz sends are the browser's own: a real submission of the registration form,
// watched on its way, against the fuzz's encoding of the same values (tests/e2e/fuzz.spec.ts).
import { eq } from 'drizzle-orm';
import { registrations } from '@/db/schema';
import { createEvent, uniqueEmail } from '../support/db';
import { actionHeaders, clientAddress, decodeActionResult, encodeActionArguments, FORM_PAGE, serverActionId } from '../support/fuzz-http';
import { expect, test } from './fixtures';
import { submitRegistrationForm } from './registration-form';

test.describe('[fuzz] les requêtes générées sont celles du navigateur', () => {
  test('[visiteur] le formulaire envoie l’id du manifeste, text/plain et l’encodage de React ; sa réponse d’erreur se lit comme celles du fuzz', async ({ page, db }) => {
    const { event, slots } = await createEvent(db, { regionCode: '06', slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Atelier', capacity: 5 }] }] });
    const actionId = serverActionId('submitRegistration', FORM_PAGE);
    const email = uniqueEmail('miroir');
    await page.setExtraHTTPHeaders(clientAddress());
    const sent: { headers: Record<string, string>; body: string }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.headers()['next-action']) sent.push({ headers: request.headers(), body: request.postData() ?? '' });
    });
    const submit = async () => {
      await page.goto(`/rencontres/${event.slug}/inscription`);
      // A first name that starts with '$', which React's encoding escapes.
      await submitRegistrationForm(page, { firstName: '$Camille', lastName: 'Martin', email });
    };

    await submit();
    await expect(page.getByRole('heading', { name: 'Votre inscription est confirmée' })).toBeVisible();
    expect(sent).toHaveLength(1);
    const [first] = sent;
    expect(first.headers['next-action']).toBe(actionId);
    expect(first.headers['content-type']).toBe('text/plain;charset=UTF-8');
    expect(first.headers.accept).toBe('text/x-component');
    expect(first.body).toContain('"firstName":"$$Camille"');
    // The fuzz's own encoding of the same values gives the very same body.
    const idempotencyKey = (JSON.parse(first.body) as [string, { idempotencyKey: string }])[1].idempotencyKey;
    const values = {
      firstName: '$Camille',
      lastName: 'Martin',
      email,
      organisation: 'Ville',
      organisationType: 'collectivite',
      jobTitle: '',
      postcode: '',
      lunch: false,
      accessibilityNeeds: '',
      consent: true,
      workshops: { [slots[0].id]: slots[0].workshops[0].id },
      idempotencyKey,
    };
    const ours = await encodeActionArguments([event.slug, values]);
    expect(ours).toBe(first.body);
    expect(actionHeaders(actionId, ours)).toEqual({ 'next-action': first.headers['next-action'], accept: first.headers.accept, 'content-type': first.headers['content-type'] });
    const [row] = await db.select().from(registrations).where(eq(registrations.email, email));
    expect(row.firstName).toBe('$Camille');

    // The same address again: the action refuses, and its answer, kept on its way to the page,
    // reads as the fuzz reads it.
    let answer: Buffer | null = null;
    await page.route(`**/rencontres/${event.slug}/inscription`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch();
      answer = await response.body();
      return route.fulfill({ response });
    });
    await submit();
    await expect(page.getByText('Une inscription existe déjà avec cette adresse e-mail', { exact: false })).toBeVisible();
    // The RSC answer has no charset: read as UTF-8, as the browser's React does.
    const result = await decodeActionResult(answer!.toString('utf8'));
    expect(result).toMatchObject({ ok: false, error: { code: 'already_registered', fields: { email: 'Cette adresse est déjà inscrite à cette rencontre.' } } });
  });
});
