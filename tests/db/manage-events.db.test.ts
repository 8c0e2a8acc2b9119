// The event editor: creating an event, who may reach it, and the list of « Mes rencontres ».
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, events, speakers, workshops } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '@/lib/events/manage/agenda-items';
import { createEvent as createManagedEvent } from '@/lib/events/manage/create-event';
import { cancelEvent, publishEvent, unpublishEvent } from '@/lib/events/manage/event-status';
import { getManagedEvent } from '@/lib/events/manage/get-managed-event';
import { listManagedEvents } from '@/lib/events/manage/list-managed-events';
import { addSpeaker, linkSpeaker } from '@/lib/events/manage/speakers';
import { updateEvent } from '@/lib/events/manage/update-event';
import { addWorkshop, removeWorkshop, updateWorkshop } from '@/lib/events/manage/workshops';
import { createEvent, createUser, testDatabase } from '../support/db';
import { by, creation, detailsOf, editorHelpers, expectAppError, now } from '../support/manage';

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

const { auditOf, register, reload } = editorHelpers(db);


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
