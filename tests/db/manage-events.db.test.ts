import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, events, outboundEmails, registrations, speakers, workshops } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { eventChanged } from '@/lib/effects';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '@/lib/events/manage/agenda-items';
import { createEvent as createManagedEvent } from '@/lib/events/manage/create-event';
import { cancelEvent, publishEvent, unpublishEvent } from '@/lib/events/manage/event-status';
import { getManagedEvent } from '@/lib/events/manage/get-managed-event';
import { listManagedEvents } from '@/lib/events/manage/list-managed-events';
import { addSpeaker, linkSpeaker } from '@/lib/events/manage/speakers';
import { toEventFormValues } from '@/lib/events/manage/update-event-schema';
import { updateEvent } from '@/lib/events/manage/update-event';
import { addWorkshop, removeWorkshop, updateWorkshop } from '@/lib/events/manage/workshops';
import { createEvent, createUser, testDatabase, uniqueEmail } from '../support/db';
import { auditOf as auditOfIn, expectAppError, now, register as registerIn, by } from '../support/manage';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

let occitanie: CurrentUser;
let bretagne: CurrentUser;
let national: CurrentUser;

beforeAll(async () => {
  occitanie = (await createUser(db, { role: 'partner', regionCodes: ['76'] })).currentUser;
  bretagne = (await createUser(db, { role: 'partner', regionCodes: ['53'] })).currentUser;
  national = (await createUser(db, { role: 'national' })).currentUser;
});

const auditOf = (entityId: string) => auditOfIn(db, entityId);
const register = (slug: string, slots: { id: string; workshops: { id: string }[] }[], overrides: Record<string, unknown> = {}) =>
  registerIn(db, slug, slots, overrides);

async function reload(id: string) {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

/** The details form of a stored event, with some fields changed. */
function detailsOf(event: Parameters<typeof toEventFormValues>[0], changes: Record<string, unknown> = {}) {
  return { ...toEventFormValues(event), ...changes };
}

const creation = (regionId: number, overrides: Record<string, unknown> = {}) => ({
  regionId,
  title: 'Rencontre régionale de test',
  date: '2030-06-12',
  startTime: '09:30',
  endTime: '16:30',
  venueCity: 'Montpellier',
  capacity: 80,
  contactEmail: 'contact@test.example.org',
  ...overrides,
});

describe('createEvent', () => {
  it('creates a draft in the partner’s own region, with a readable slug, the edition year and an audit entry', async () => {
    const city = `Sète ${Math.random().toString(36).slice(2, 8)}`;
    const result = await createManagedEvent(creation(occitanie.regionIds[0], { venueCity: city }), { user: occitanie, now }, db);
    const event = await reload(result.id);
    expect(event).toMatchObject({ status: 'draft', edition: 2030, capacity: 80, regionId: occitanie.regionIds[0], venueName: '' });
    expect(event.slug).toMatch(/^occitanie-sete-[a-z0-9]+-2030-06-12$/);
    expect(event.startsAt.toISOString()).toBe('2030-06-12T07:30:00.000Z');
    const [audit] = await auditOf(event.id);
    expect(audit).toMatchObject({ userId: occitanie.id, entity: 'event', action: 'create', eventId: event.id });
    expect(audit.changes.title).toEqual({ before: null, after: 'Rencontre régionale de test' });

    // Same region, city and date: the next free suffix.
    const second = await createManagedEvent(creation(occitanie.regionIds[0], { venueCity: city }), { user: occitanie, now }, db);
    const third = await createManagedEvent(creation(occitanie.regionIds[0], { venueCity: city }), { user: occitanie, now }, db);
    expect(second.slug).toBe(`${event.slug}-2`);
    expect(third.slug).toBe(`${event.slug}-3`);
  });

  it('[partner Occitanie] cannot create an event in Bretagne', async () => {
    const before = (await db.select().from(events)).length;
    const error = await expectAppError(createManagedEvent(creation(bretagne.regionIds[0]), { user: occitanie, now }, db), 'forbidden');
    expect(error.fields?.regionId).toBeTruthy();
    expect((await db.select().from(events)).length).toBe(before);
  });

  it('refuses times out of order with a French message on the field', async () => {
    const error = await expectAppError(
      createManagedEvent(creation(occitanie.regionIds[0], { startTime: '17:00', endTime: '09:00' }), { user: occitanie, now }, db),
      'validation_failed',
    );
    expect(error.fields?.endTime).toBe('L’heure de fin doit être après l’heure de début.');
  });

  it('[national] creates in any region', async () => {
    const result = await createManagedEvent(creation(bretagne.regionIds[0], { venueCity: 'Rennes' }), { user: national, now }, db);
    expect((await reload(result.id)).regionId).toBe(bretagne.regionIds[0]);
  });
});

describe('a Bretagne partner and an Occitanie event', () => {
  it('[partner Bretagne] cannot read, update, publish, unpublish, cancel or edit the programme: not_found, nothing changed', async () => {
    const { event, slots } = await createEvent(db, { now, status: 'draft' });
    const itemsBefore = await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id));
    const ws = slots[0].workshops[0];
    const attempts: (() => Promise<unknown>)[] = [
      () => getManagedEvent(bretagne, event.id, db),
      () => updateEvent(event.id, detailsOf(event, { title: 'Piratée' }), by(bretagne), db),
      () => publishEvent(event.id, by(bretagne), db),
      () => unpublishEvent(event.id, by(bretagne), db),
      () => cancelEvent(event.id, { confirm: true }, by(bretagne), db),
      () => addAgendaItem(event.id, { kind: 'plenary', title: 'Intrus', startTime: '10:00', endTime: '11:00' }, by(bretagne), db),
      () => updateAgendaItem(event.id, itemsBefore[0].id, { kind: 'plenary', title: 'Intrus', startTime: '10:00', endTime: '11:00' }, by(bretagne), db),
      () => removeAgendaItem(event.id, itemsBefore[0].id, by(bretagne), db),
      () => moveAgendaItem(event.id, itemsBefore[1].id, 'up', by(bretagne), db),
      () => addWorkshop(event.id, slots[0].id, { code: 'Z', title: 'Intrus', capacity: 5 }, by(bretagne), db),
      () => updateWorkshop(event.id, ws.id, { code: 'A', title: 'Intrus', capacity: 1 }, by(bretagne), db),
      () => removeWorkshop(event.id, ws.id, by(bretagne), db),
      () => addSpeaker(event.id, { name: 'Intrus' }, by(bretagne), db),
      () => linkSpeaker(event.id, { agendaItemId: itemsBefore[0].id, speakerId: '00000000-0000-4000-8000-000000000000' }, by(bretagne), db),
    ];
    for (const attempt of attempts) await expectAppError(attempt(), 'not_found');

    expect(await reload(event.id)).toEqual(event);
    expect(await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id))).toEqual(itemsBefore);
    expect((await db.select().from(workshops).where(eq(workshops.id, ws.id)))[0]).toEqual(ws);
    expect(await db.select().from(speakers).where(eq(speakers.eventId, event.id))).toEqual([]);
    expect(await auditOf(event.id)).toEqual([]);
  });

  it('an unknown or malformed id is not_found, even for national staff', async () => {
    await expectAppError(getManagedEvent(national, 'pas-un-uuid', db), 'not_found');
    await expectAppError(getManagedEvent(national, '00000000-0000-4000-8000-000000000000', db), 'not_found');
    await expectAppError(publishEvent("'; DROP TABLE events; --", by(national), db), 'not_found');
  });

  it('an atelier of another event cannot be reached through one’s own event', async () => {
    const mine = await createEvent(db, { now, status: 'draft' });
    const theirs = await createEvent(db, { now, status: 'draft', regionCode: '53' });
    const foreign = theirs.slots[0].workshops[0];
    await expectAppError(updateWorkshop(mine.event.id, foreign.id, { code: 'A', title: 'Volé', capacity: 3 }, by(occitanie), db), 'not_found');
    await expectAppError(removeAgendaItem(mine.event.id, theirs.slots[0].id, by(occitanie), db), 'not_found');
    expect((await db.select().from(workshops).where(eq(workshops.id, foreign.id)))[0]).toEqual(foreign);
  });

  it('[national] can update and publish any region’s event', async () => {
    const { event } = await createEvent(db, { now, status: 'draft', regionCode: '53' });
    await updateEvent(event.id, detailsOf(event, { title: 'Titre revu par l’équipe nationale' }), by(national), db);
    await publishEvent(event.id, by(national), db);
    expect(await reload(event.id)).toMatchObject({ title: 'Titre revu par l’équipe nationale', status: 'published' });
  });
});

describe('listManagedEvents', () => {
  it('returns only the partner’s regions, any status, with counts and atelier fill; national staff see every region', async () => {
    const draft = await createEvent(db, { now, status: 'draft', capacity: 1 });
    const published = await createEvent(db, { now, capacity: 1 });
    const inBretagne = await createEvent(db, { now, regionCode: '53' });
    await register(published.event.slug, published.slots);
    await register(published.event.slug, published.slots);

    const mine = await listManagedEvents(occitanie, db);
    expect(mine.every((e) => e.regionCode === '76')).toBe(true);
    const ids = mine.map((e) => e.id);
    expect(ids).toContain(draft.event.id);
    expect(ids).not.toContain(inBretagne.event.id);
    const row = mine.find((e) => e.id === published.event.id)!;
    expect(row).toMatchObject({ status: 'published', regionName: 'Occitanie', capacity: 1, confirmed: 1, waitlisted: 1, seatsLeft: 0 });
    expect(row.workshops.map((w) => [w.code, w.taken, w.capacity])).toEqual([
      ['A', 1, 20],
      ['B', 0, 20],
      ['C', 1, 20],
      ['D', 0, 20],
    ]);

    expect((await listManagedEvents(bretagne, db)).every((e) => e.regionCode === '53')).toBe(true);
    const all = (await listManagedEvents(national, db)).map((e) => e.id);
    expect(all).toEqual(expect.arrayContaining([draft.event.id, inBretagne.event.id]));
  });

  it('a partner with no region sees nothing', async () => {
    const nobody = (await createUser(db, { role: 'partner' })).currentUser;
    expect(await listManagedEvents(nobody, db)).toEqual([]);
  });
});

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
