// The event editor: an event's details, and its life (publish, unpublish, cancel).
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, outboundEmails, registrations, speakers } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { eventChanged } from '@/lib/effects';
import { addAgendaItem } from '@/lib/events/manage/agenda-items';
import { createEvent as createManagedEvent } from '@/lib/events/manage/create-event';
import { cancelEvent, publishEvent, unpublishEvent } from '@/lib/events/manage/event-status';
import { addSpeaker } from '@/lib/events/manage/speakers';
import { updateEvent } from '@/lib/events/manage/update-event';
import { addWorkshop } from '@/lib/events/manage/workshops';
import { createEvent, createUser, testDatabase, uniqueEmail } from '../support/db';
import { by, creation, detailsOf, editorHelpers, expectAppError, now } from '../support/manage';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

let occitanie: CurrentUser;

beforeAll(async () => {
  occitanie = (await createUser(db, { role: 'partner', regionCodes: ['76'] })).currentUser;
});

const { auditOf, register, reload } = editorHelpers(db);

describe('updateEvent', () => {
  it('saves the details in Paris time and audits before/after', async () => {
    const { event } = await createEvent(db, { now, status: 'draft', date: '2030-06-12' });
    const result = await updateEvent(event.id, detailsOf(event, { title: 'Nouveau titre', venueLat: 43.6, venueLng: 3.8, registrationClosesAt: '2030-06-10T18:00' }), by(occitanie), db);
    expect(result).toMatchObject({ changed: true, effects: [eventChanged(event.slug)] });
    const after = await reload(event.id);
    expect(after).toMatchObject({ title: 'Nouveau titre', venueLat: 43.6, venueLng: 3.8, slug: event.slug });
    expect(after.registrationClosesAt!.toISOString()).toBe('2030-06-10T16:00:00.000Z');
    const [audit] = await auditOf(event.id);
    expect(audit).toMatchObject({ action: 'update', userId: occitanie.id });
    expect(audit.changes.title).toEqual({ before: event.title, after: 'Nouveau titre' });
    expect(Object.keys(audit.changes).sort()).toEqual(['registrationClosesAt', 'title', 'venueLat', 'venueLng']);
  });

  it('refuses a registration window that closes after the event starts or before it opens', async () => {
    const { event } = await createEvent(db, { now, status: 'draft', date: '2030-06-12' });
    let error = await expectAppError(updateEvent(event.id, detailsOf(event, { registrationClosesAt: '2030-06-12T12:00' }), by(occitanie), db), 'validation_failed');
    expect(error.fields?.registrationClosesAt).toContain('au plus tard au début de la rencontre');
    error = await expectAppError(
      updateEvent(event.id, detailsOf(event, { registrationOpensAt: '2030-06-01T09:00', registrationClosesAt: '2030-05-01T09:00' }), by(occitanie), db),
      'validation_failed',
    );
    expect(error.fields?.registrationClosesAt).toBe('La clôture des inscriptions doit être après leur ouverture.');
    expect(await reload(event.id)).toEqual(event);
  });

  it('refuses a NUL character in every text a partner edits (400, nothing changed), never an internal error', async () => {
    const { event, slots } = await createEvent(db, { now, status: 'draft', date: '2030-06-12' });
    const nul = 'avant\u0000après';
    const itemsBefore = await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id));
    for (const field of ['title', 'venueName', 'venueAddress', 'description', 'accessibilityInfo']) {
      const error = await expectAppError(updateEvent(event.id, detailsOf(event, { [field]: nul }), by(occitanie), db), 'validation_failed');
      expect(error.fields?.[field]).toMatch(/caractère non autorisé/);
    }
    await expectAppError(addAgendaItem(event.id, { kind: 'plenary', title: nul, startTime: '10:00', endTime: '11:00' }, by(occitanie), db), 'validation_failed');
    await expectAppError(addWorkshop(event.id, slots[0].id, { code: 'Z', title: 'Atelier', room: nul, capacity: 5 }, by(occitanie), db), 'validation_failed');
    await expectAppError(addSpeaker(event.id, { name: 'Camille', organisation: nul }, by(occitanie), db), 'validation_failed');
    expect(await reload(event.id)).toEqual(event);
    expect(await db.select().from(speakers).where(eq(speakers.eventId, event.id))).toEqual([]);
    expect(await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id))).toEqual(itemsBefore);
  });

  it('moves the programme with the date, and refuses times that would leave an agenda item outside the day', async () => {
    const { event } = await createEvent(db, { now, status: 'draft', date: '2030-06-12' });
    // The default programme runs 9h30–15h45: an event ending at 15h00 cannot hold it.
    const error = await expectAppError(updateEvent(event.id, detailsOf(event, { endTime: '15:00' }), by(occitanie), db), 'validation_failed');
    expect(error.message).toContain('Le programme ne tiendrait plus dans ces horaires');
    expect(error.message).toContain('14h45–15h45');
    expect(error.fields?.endTime).toContain('15h45');
    expect(await reload(event.id)).toEqual(event);

    await updateEvent(event.id, detailsOf(event, { date: '2030-06-19', registrationClosesAt: '2030-06-18T12:00' }), by(occitanie), db);
    const items = await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id)).orderBy(agendaItems.position);
    expect(items[0].startsAt.toISOString()).toBe('2030-06-19T07:30:00.000Z');
    expect(items.at(-1)!.endsAt.toISOString()).toBe('2030-06-19T13:45:00.000Z');
  });

  it('refuses a capacity below the confirmed registrations; nothing changes', async () => {
    const { event, slots } = await createEvent(db, { now, capacity: 5 });
    await register(event.slug, slots);
    await register(event.slug, slots);
    await register(event.slug, slots);
    const fresh = await reload(event.id);
    const error = await expectAppError(updateEvent(event.id, detailsOf(fresh, { capacity: 2, title: 'Autre titre' }), by(occitanie), db), 'validation_failed');
    expect(error.message).toBe('La capacité ne peut pas être inférieure au nombre d’inscriptions confirmées (3).');
    expect(error.fields?.capacity).toBe(error.message);
    expect(await reload(event.id)).toEqual(fresh);
    // Exactly the confirmed count is fine.
    await updateEvent(event.id, detailsOf(fresh, { capacity: 3 }), by(occitanie), db);
    expect((await reload(event.id)).capacity).toBe(3);
  });

  it('raising the capacity confirms the oldest waitlisted registration and e-mails them', async () => {
    const { event, slots } = await createEvent(db, { now, capacity: 1 });
    await register(event.slug, slots);
    const oldest = await register(event.slug, slots);
    const newest = await register(event.slug, slots);
    expect([oldest.status, newest.status]).toEqual(['waitlisted', 'waitlisted']);

    const result = await updateEvent(event.id, detailsOf(await reload(event.id), { capacity: 2 }), by(occitanie), db);
    expect(result.promoted).toBe(1);
    const statuses = await db
      .select({ id: registrations.id, status: registrations.status })
      .from(registrations)
      .where(inArray(registrations.id, [oldest.id, newest.id]));
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [oldest.id]: 'confirmed', [newest.id]: 'waitlisted' });
    const emails = await db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, oldest.id));
    expect(emails.map((e) => e.kind)).toContain('registration_promoted');
    const [promotion] = await auditOf(oldest.id);
    expect(promotion).toMatchObject({ entity: 'registration', action: 'promote', userId: occitanie.id });
    expect(promotion.changes.status).toEqual({ before: 'waitlisted', after: 'confirmed' });
  });
});

describe('publish, unpublish, cancel', () => {
  it('refuses to publish an incomplete event and lists what is missing', async () => {
    const created = await createManagedEvent(creation(occitanie.regionIds[0], { venueCity: 'Nîmes' }), { user: occitanie, now }, db);
    const error = await expectAppError(publishEvent(created.id, by(occitanie), db), 'validation_failed');
    expect(error.message).toContain('La rencontre ne peut pas encore être publiée');
    expect(error.details?.missing).toEqual([
      'le lieu (nom, adresse, code postal)',
      'les dates d’ouverture et de clôture des inscriptions',
      'au moins un temps au programme',
    ]);
    expect((await reload(created.id)).status).toBe('draft');
  });

  it('refuses to publish a workshop slot with no atelier', async () => {
    const { event } = await createEvent(db, { now, status: 'draft', slots: [] });
    await addAgendaItem(event.id, { kind: 'workshop_slot', title: 'Ateliers', startTime: '14:00', endTime: '15:00' }, by(occitanie), db);
    const error = await expectAppError(publishEvent(event.id, by(occitanie), db), 'validation_failed');
    expect(error.details?.missing).toEqual(['au moins un atelier dans le créneau « Ateliers » (14h00–15h00)']);
  });

  it('publishes a complete event, audited; unpublishes it while nobody is registered', async () => {
    const { event } = await createEvent(db, { now, status: 'draft' });
    expect(await publishEvent(event.id, by(occitanie), db)).toEqual({ changed: true, effects: [eventChanged(event.slug)] });
    expect((await reload(event.id)).status).toBe('published');
    expect((await auditOf(event.id))[0]).toMatchObject({ action: 'publish', changes: { status: { before: 'draft', after: 'published' } } });
    expect(await publishEvent(event.id, by(occitanie), db)).toEqual({ changed: false, effects: [] });
    await unpublishEvent(event.id, by(occitanie), db);
    expect((await reload(event.id)).status).toBe('draft');
    expect((await auditOf(event.id))[0]).toMatchObject({ action: 'unpublish' });
  });

  it('refuses to unpublish an event with live registrations, suggesting to cancel it', async () => {
    const { event, slots } = await createEvent(db, { now });
    await register(event.slug, slots);
    const error = await expectAppError(unpublishEvent(event.id, by(occitanie), db), 'validation_failed');
    expect(error.message).toContain('annulez-la');
    expect((await reload(event.id)).status).toBe('published');
  });

  it('cancel needs its confirmation, then queues event_cancelled to each live registrant and keeps the registrations', async () => {
    const { event, slots } = await createEvent(db, { now, capacity: 2 });
    const a = await register(event.slug, slots, { email: uniqueEmail('annule-a') });
    const b = await register(event.slug, slots, { email: uniqueEmail('annule-b') });
    const waiting = await register(event.slug, slots, { email: uniqueEmail('annule-attente') });
    const gone = await register(event.slug, slots, { email: uniqueEmail('annule-parti') });
    await db.update(registrations).set({ status: 'cancelled', cancelledAt: now }).where(eq(registrations.id, gone.id));

    const refused = await expectAppError(cancelEvent(event.id, {}, by(occitanie), db), 'validation_failed');
    expect(refused.fields?.confirm).toBe('Cochez la case pour confirmer l’annulation de la rencontre.');
    expect((await reload(event.id)).status).toBe('published');

    const result = await cancelEvent(event.id, { confirm: true }, by(occitanie), db);
    expect(result).toMatchObject({ changed: true, notified: 3 });
    expect((await reload(event.id)).status).toBe('cancelled');
    const emails = await db
      .select()
      .from(outboundEmails)
      .where(and(inArray(outboundEmails.registrationId, [a.id, b.id, waiting.id, gone.id]), eq(outboundEmails.kind, 'event_cancelled')));
    expect(emails.map((e) => e.registrationId).sort()).toEqual([a.id, b.id, waiting.id].sort());
    expect(emails[0].subject).toContain(event.title);
    const kept = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(kept).toHaveLength(4);
    expect((await auditOf(event.id))[0]).toMatchObject({ action: 'cancel', changes: { status: { before: 'published', after: 'cancelled' } } });

    // A cancelled event is kept as it was.
    await expectAppError(updateEvent(event.id, detailsOf(await reload(event.id), { title: 'Encore' }), by(occitanie), db), 'validation_failed');
    await expectAppError(publishEvent(event.id, by(occitanie), db), 'validation_failed');
    expect(await cancelEvent(event.id, { confirm: true }, by(occitanie), db)).toMatchObject({ changed: false, notified: 0 });
  });
});
