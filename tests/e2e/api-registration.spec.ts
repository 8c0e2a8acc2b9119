import { and, eq } from 'drizzle-orm';
import { registrations, workshopChoices } from '@/db/schema';
import { createEvent, uniqueEmail } from '../support/db';
import { expect, test } from './fixtures';

type Slots = Awaited<ReturnType<typeof createEvent>>['slots'];
const body = (slots: Slots, overrides: Record<string, unknown> = {}) => ({
  firstName: 'Inès',
  lastName: 'Moreau',
  email: uniqueEmail('api'),
  organisation: 'Mission locale',
  organisationType: 'service_public_emploi',
  lunch: true,
  consent: true,
  workshops: Object.fromEntries(slots.map((s) => [s.id, s.workshops[0].id])),
  ...overrides,
});
let ipCounter = 0;
/** A distinct client address per request, as the reverse proxy would pass it. */
const client = () => ({ 'x-forwarded-for': `198.18.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}` });

test.describe('[API] POST /api/events/{slug}/registrations', () => {
  test('200 inscriptions simultanées : 12 dans l’atelier de 12 places, au plus 50 confirmées, la base d’accord avec chaque réponse', async ({ request, db }) => {
    test.setTimeout(120_000);
    const { event, slots } = await createEvent(db, {
      regionCode: '06',
      capacity: 50,
      slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Petit', capacity: 12 }, { code: 'B', title: 'Grand', capacity: 500 }] }],
    });
    const [small, large] = slots[0].workshops;
    const bodies = Array.from({ length: 200 }, (_, i) => body(slots, { workshops: { [slots[0].id]: (i % 2 ? large : small).id } }));
    const responses = await Promise.all(
      bodies.map(async (data) => {
        const response = await request.post(`/api/events/${event.slug}/registrations`, { data, headers: client() });
        return { data, status: response.status(), json: await response.json() };
      }),
    );
    expect(responses.filter((r) => ![201, 409].includes(r.status)).map((r) => [r.status, r.json])).toEqual([]);
    for (const r of responses.filter((r) => r.status === 409)) {
      expect(r.json.error.code).toBe('workshop_full');
      expect(r.json.error.workshop.code).toBe('A');
      expect(r.json.error.available.map((w: { code: string }) => w.code)).toEqual(['B']);
    }
    const rows = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    const inSmall = await db
      .select()
      .from(workshopChoices)
      .innerJoin(registrations, eq(registrations.id, workshopChoices.registrationId))
      .where(and(eq(workshopChoices.workshopId, small.id), eq(registrations.status, 'confirmed')));
    expect(inSmall).toHaveLength(12);
    const byEmail = new Map(rows.map((r) => [r.email, r]));
    for (const r of responses) {
      const row = byEmail.get(r.data.email as string);
      if (r.status === 201) {
        expect(r.json).toEqual({ id: row!.id, status: row!.status, manageUrl: expect.stringMatching(/\/inscription\/[A-Za-z0-9_-]{43}$/) });
      } else {
        expect(row).toBeUndefined();
      }
    }
    // The public figures follow at once.
    const { event: published } = await (await request.get(`/api/events/${event.slug}`)).json();
    expect(published.registration.remaining).toBe(0);
    expect(published.agenda.find((i: { kind: string }) => i.kind === 'workshop_slot').workshops[0]).toMatchObject({ code: 'A', remaining: 0 });
  });

  test('10 envois identiques simultanés donnent une seule inscription', async ({ request, db }) => {
    const { event, slots } = await createEvent(db, { regionCode: '06' });
    const data = body(slots);
    const headers = { ...client(), 'idempotency-key': `cle-${data.email}` };
    const statuses = await Promise.all(
      Array.from({ length: 10 }, async () => (await request.post(`/api/events/${event.slug}/registrations`, { data, headers })).status()),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201 && s !== 200)).toEqual([]);
    expect(await db.select().from(registrations).where(eq(registrations.eventId, event.id))).toHaveLength(1);
  });

  test('une entrée invalide reçoit 400 avec le message de chaque champ, et rien n’est enregistré', async ({ request, db }) => {
    const { event, slots } = await createEvent(db, { regionCode: '06' });
    const response = await request.post(`/api/events/${event.slug}/registrations`, {
      data: body(slots, { email: 'pas-une-adresse', consent: false, organisationType: 'inconnu' }),
      headers: client(),
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'Certaines informations sont à corriger.',
        fields: {
          email: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
          organisationType: 'Choisissez le type de votre organisation.',
          consent: 'Votre accord est nécessaire pour enregistrer votre inscription.',
        },
      },
    });
    const broken = await request.post(`/api/events/${event.slug}/registrations`, {
      data: '{"firstName": ',
      headers: { ...client(), 'content-type': 'application/json' },
    });
    expect(broken.status()).toBe(400);
    expect((await broken.json()).error.code).toBe('validation_failed');
    expect(await db.select().from(registrations).where(eq(registrations.eventId, event.id))).toHaveLength(0);
  });

  test('404 pour une rencontre inconnue ou en brouillon, 422 pour une rencontre passée, 429 au-delà de la limite', async ({ request, db }) => {
    const { slots } = await createEvent(db, { regionCode: '06' });
    const unknown = await request.post('/api/events/inconnue/registrations', { data: body(slots), headers: client() });
    expect(unknown.status()).toBe(404);
    const draft = await createEvent(db, { regionCode: '06', status: 'draft' });
    expect((await request.post(`/api/events/${draft.event.slug}/registrations`, { data: body(draft.slots), headers: client() })).status()).toBe(404);
    const past = await request.post('/api/events/occitanie-montpellier-2022-12-08/registrations', { data: body(slots), headers: client() });
    expect(past.status()).toBe(422);
    expect((await past.json()).error).toEqual({ code: 'registration_closed', message: 'Cette rencontre a eu lieu le 8 décembre 2022. Les inscriptions sont closes.' });

    // The test server allows 20 registration requests per address and window.
    const { event, slots: own } = await createEvent(db, { regionCode: '06' });
    const headers = { 'x-forwarded-for': '203.0.113.99' };
    const statuses = [];
    for (let i = 0; i < 21; i++) statuses.push((await request.post(`/api/events/${event.slug}/registrations`, { data: body(own), headers })).status());
    expect(statuses).toEqual([...Array(20).fill(201), 429]);
    const limited = await request.post(`/api/events/${event.slug}/registrations`, { data: body(own), headers });
    expect(limited.status()).toBe(429);
    expect(limited.headers()['retry-after']).toBe('600');
    expect((await limited.json()).error).toEqual({ code: 'rate_limited', message: 'Trop de demandes en peu de temps. Merci de réessayer dans 10 minutes.', retryAfter: 600 });
  });
});
