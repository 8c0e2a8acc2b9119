// Registering an attendee (lib/registrations/register.ts): seats, workshops, the waiting list, the
// window, idempotency and rate limits, in the database. The private link: registration-manage.db.test.ts.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { manageLinks, outboundEmails, registrations, workshopChoices } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { registerAttendee } from '@/lib/registrations/register';
import { hashToken } from '@/lib/tokens';
import { createEvent, testDatabase, uniqueEmail } from '../support/db';
import { expectAppError } from '../support/app-error';
import { validInput } from '../support/registration';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

const now = new Date('2030-03-01T10:00:00Z');
const appUrl = 'http://localhost:3000';
const ctx = (slug: string) => ({ slug, now, appUrl });

async function countFor(eventId: string) {
  return (await db.select().from(registrations).where(eq(registrations.eventId, eventId))).length;
}

describe('registerAttendee', () => {
  it('confirms a registration with one atelier per slot, a private link and a confirmation e-mail', async () => {
    const { event, slots } = await createEvent(db, { now });
    const input = validInput(slots, { email: 'Camille.MARTIN@Test.Example.org' });
    const result = await registerAttendee(input, ctx(event.slug), db);
    expect(result.status).toBe('confirmed');
    expect(result.manageUrl).toBe(`${appUrl}/inscription/${result.token}`);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const [row] = await db.select().from(registrations).where(eq(registrations.id, result.id));
    expect(row).toMatchObject({ status: 'confirmed', email: 'Camille.MARTIN@Test.Example.org', lunch: true, organisationType: 'collectivite' });
    expect(row.consentAt.toISOString()).toBe(now.toISOString());
    const choices = await db.select().from(workshopChoices).where(eq(workshopChoices.registrationId, result.id));
    expect(choices.map((c) => c.workshopId).sort()).toEqual(slots.map((s) => s.workshops[0].id).sort());
    // Only the hash of the token is stored.
    const links = await db.select().from(manageLinks).where(eq(manageLinks.registrationId, result.id));
    expect(links.map((l) => l.tokenHash)).toEqual([hashToken(result.token!)]);
    const emails = await db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, result.id));
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: 'registration_confirmed', to: input.email, status: 'pending' });
    expect(emails[0].text).toContain(result.manageUrl!);
    expect(emails[0].attachments[0]).toMatchObject({ contentType: expect.stringContaining('text/calendar') });
  });

  it('refuses a second live registration with the same e-mail in another case, and stores nothing', async () => {
    const { event, slots } = await createEvent(db, { now });
    const email = uniqueEmail('double');
    await registerAttendee(validInput(slots, { email }), ctx(event.slug), db);
    const error = await expectAppError(registerAttendee(validInput(slots, { email: email.toUpperCase() }), ctx(event.slug), db), 'already_registered');
    expect(error.status).toBe(409);
    expect(error.message).toContain('lien de gestion');
    expect(await countFor(event.id)).toBe(1);
  });

  it('puts a registration on the waiting list once the event is full, keeping its choices', async () => {
    const { event, slots } = await createEvent(db, { now, capacity: 1 });
    await registerAttendee(validInput(slots), ctx(event.slug), db);
    const second = await registerAttendee(validInput(slots), ctx(event.slug), db);
    expect(second.status).toBe('waitlisted');
    const choices = await db.select().from(workshopChoices).where(eq(workshopChoices.registrationId, second.id));
    expect(choices).toHaveLength(2);
    const [email] = await db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, second.id));
    expect(email.kind).toBe('registration_waitlisted');
  });

  it('refuses a full atelier with 409 workshop_full naming it and the ateliers still open; nothing stored', async () => {
    const { event, slots } = await createEvent(db, {
      now,
      slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Petit atelier', capacity: 1 }, { code: 'B', title: 'Grand atelier', capacity: 10 }] }],
    });
    await registerAttendee(validInput(slots), ctx(event.slug), db);
    const before = await countFor(event.id);
    const error = await expectAppError(registerAttendee(validInput(slots), ctx(event.slug), db), 'workshop_full');
    expect(error.status).toBe(409);
    expect(error.message).toContain("L'atelier A « Petit atelier » vient d'être complet");
    expect(error.message).toContain('Ateliers encore ouverts sur ce créneau : B.');
    expect(error.details).toMatchObject({ workshop: { code: 'A' }, available: [{ code: 'B', title: 'Grand atelier' }] });
    expect(error.fields).toHaveProperty(`workshops.${slots[0].id}`);
    expect(await countFor(event.id)).toBe(before);
  });

  it('refuses an atelier of another slot or of another event, and a missing slot', async () => {
    const { event, slots } = await createEvent(db, { now });
    const other = await createEvent(db, { now });
    const swapped = validInput(slots, { workshops: { [slots[0].id]: slots[1].workshops[0].id, [slots[1].id]: slots[1].workshops[0].id } });
    const e1 = await expectAppError(registerAttendee(swapped, ctx(event.slug), db), 'validation_failed');
    expect(e1.fields).toEqual({ [`workshops.${slots[0].id}`]: "Cet atelier n'existe pas dans ce créneau." });
    const foreign = validInput(slots, { workshops: { [slots[0].id]: slots[0].workshops[0].id, [other.slots[0].id]: other.slots[0].workshops[0].id } });
    const e2 = await expectAppError(registerAttendee(foreign, ctx(event.slug), db), 'validation_failed');
    expect(e2.fields).toMatchObject({
      [`workshops.${other.slots[0].id}`]: "Ce créneau n'existe pas pour cette rencontre.",
      [`workshops.${slots[1].id}`]: 'Choisissez un atelier pour ce créneau.',
    });
    expect(await countFor(event.id)).toBe(0);
  });

  it('answers 400 with each invalid field’s French message and stores nothing', async () => {
    const { event, slots } = await createEvent(db, { now });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ firstName: '  ' }, 'firstName', 'Indiquez votre prénom.'],
      [{ lastName: '' }, 'lastName', 'Indiquez votre nom.'],
      [{ email: 'pas-une-adresse' }, 'email', 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.'],
      [{ email: 42 }, 'email', 'Indiquez votre adresse e-mail.'],
      [{ organisation: '' }, 'organisation', 'Indiquez votre organisation.'],
      [{ organisationType: 'multinationale' }, 'organisationType', 'Choisissez le type de votre organisation.'],
      [{ postcode: '3408' }, 'postcode', 'Indiquez un code postal à 5 chiffres (par exemple 34080), ou laissez vide.'],
      [{ lunch: 'oui' }, 'lunch', 'Indiquez si vous déjeunerez sur place.'],
      [{ consent: false }, 'consent', 'Votre accord est nécessaire pour enregistrer votre inscription.'],
      [{ firstName: 'x'.repeat(101) }, 'firstName', 'Prénom : 100 caractères au plus.'],
      [{ accessibilityNeeds: 'x'.repeat(1001) }, 'accessibilityNeeds', "Besoins d'accessibilité : 1000 caractères au plus."],
      [{ workshops: { [slots[0].id]: 'pas-un-id', [slots[1].id]: slots[1].workshops[0].id } }, `workshops.${slots[0].id}`, 'Choisissez un atelier pour ce créneau.'],
      [{ workshops: 'A' }, 'workshops', 'Choisissez un atelier pour chaque créneau.'],
    ];
    for (const [override, field, message] of cases) {
      const error = await expectAppError(registerAttendee(validInput(slots, override), ctx(event.slug), db), 'validation_failed');
      expect(error.status).toBe(400);
      expect(error.fields?.[field], field).toBe(message);
    }
    expect(await countFor(event.id)).toBe(0);
  });

  it('answers 422 registration_closed before the window, after it, for a past or cancelled event', async () => {
    const { event, slots } = await createEvent(db, { now });
    const tooEarly = new Date(event.registrationOpensAt!.getTime() - 1000);
    const e1 = await expectAppError(registerAttendee(validInput(slots), { ...ctx(event.slug), now: tooEarly }, db), 'registration_closed');
    expect(e1.status).toBe(422);
    expect(e1.message).toContain('ouvriront le');
    await expectAppError(registerAttendee(validInput(slots), { ...ctx(event.slug), now: event.registrationClosesAt! }, db), 'registration_closed');
    await expectAppError(registerAttendee(validInput(slots), { ...ctx(event.slug), now: event.endsAt }, db), 'registration_closed');
    const cancelled = await createEvent(db, { now, status: 'cancelled' });
    const e4 = await expectAppError(registerAttendee(validInput(cancelled.slots), ctx(cancelled.event.slug), db), 'registration_closed');
    expect(e4.message).toBe('Cette rencontre est annulée : les inscriptions sont fermées.');
    const draft = await createEvent(db, { now, status: 'draft' });
    await expectAppError(registerAttendee(validInput(draft.slots), ctx(draft.event.slug), db), 'not_found');
    expect(await countFor(event.id)).toBe(0);
  });

  it('creates one registration for 10 identical submissions sent at once', async () => {
    const { event, slots } = await createEvent(db, { now });
    const input = validInput(slots, { idempotencyKey: 'double-clic-1' });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => registerAttendee(input, ctx(event.slug), db)));
    const ok = results.filter((r) => r.status === 'fulfilled').map((r) => r.value);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(new Set(ok.map((r) => r.id)).size).toBe(1);
    expect(ok.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await countFor(event.id)).toBe(1);
    expect(await db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, ok[0].id))).toHaveLength(1);
  });

  it('refuses an idempotency key reused with another body (422, nothing stored) and replays the same body', async () => {
    const { event, slots } = await createEvent(db, { now });
    const key = `cle-${crypto.randomUUID()}`;
    const first = validInput(slots, { idempotencyKey: key });
    const created = await registerAttendee(first, ctx(event.slug), db);
    const other = validInput(slots, { idempotencyKey: key });
    const error = await expectAppError(registerAttendee(other, ctx(event.slug), db), 'idempotency_key_reused');
    expect(error.status).toBe(422);
    expect(await db.select().from(registrations).where(eq(registrations.email, other.email as string))).toEqual([]);
    // The same body again (keys in another order): the first answer, nothing new.
    const again = await registerAttendee(Object.fromEntries(Object.entries(first).reverse()), ctx(event.slug), db);
    expect(again).toMatchObject({ id: created.id, replayed: true });
    expect(await countFor(event.id)).toBe(1);
  });

  it('refuses line breaks in names, organisation and job title (400, nothing stored); the accessibility text keeps them', async () => {
    const { event, slots } = await createEvent(db, { now });
    for (const [field, value] of [['firstName', 'Camille\nBcc: x'], ['lastName', 'Martin\r\nObjet'], ['organisation', 'Ville\u2028Autre'], ['jobTitle', 'A\rB']]) {
      const error = await expectAppError(registerAttendee(validInput(slots, { [field]: value }), ctx(event.slug), db), 'validation_failed');
      expect(error.fields?.[field]).toBe(`${{ firstName: 'Prénom', lastName: 'Nom', organisation: 'Organisation', jobTitle: 'Fonction' }[field]} : une seule ligne, sans retour à la ligne.`);
    }
    expect(await countFor(event.id)).toBe(0);
    await registerAttendee(validInput(slots, { accessibilityNeeds: 'Fauteuil\nBoucle magnétique' }), ctx(event.slug), db);
    expect(await countFor(event.id)).toBe(1);
  });

  it('creates one registration for 10 submissions of the same e-mail without a key; the others are told it exists', async () => {
    const { event, slots } = await createEvent(db, { now });
    const email = uniqueEmail('rafale');
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => registerAttendee(validInput(slots, { email }), ctx(event.slug), db)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r.reason as AppError).code).toBe('already_registered');
    expect(await countFor(event.id)).toBe(1);
  });

  it('rate-limits per address and per e-mail, in the database', async () => {
    const { event, slots } = await createEvent(db, { now });
    process.env.RATE_LIMIT_REGISTRATIONS_PER_IP = '3';
    try {
      const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
      for (let i = 0; i < 3; i++) await registerAttendee(validInput(slots), { ...ctx(event.slug), ip }, db);
      const error = await expectAppError(registerAttendee(validInput(slots), { ...ctx(event.slug), ip }, db), 'rate_limited');
      expect(error.status).toBe(429);
      expect(error.message).toMatch(/^Trop de demandes en peu de temps\. Merci de réessayer dans \d+ minutes\.$/);
      // Another window, another count.
      await registerAttendee(validInput(slots), { ...ctx(event.slug), ip, now: new Date(now.getTime() + 3_600_000) }, db);
    } finally {
      delete process.env.RATE_LIMIT_REGISTRATIONS_PER_IP;
    }
    expect(await countFor(event.id)).toBe(4);
  });
});
