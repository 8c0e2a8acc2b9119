// The agenda editor of an event: times of the programme, ateliers, speakers.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, agendaItemSpeakers, events, outboundEmails, registrations, workshops } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '@/lib/events/manage/agenda-items';
import { getManagedEvent } from '@/lib/events/manage/get-managed-event';
import { addSpeaker, linkSpeaker, removeSpeaker } from '@/lib/events/manage/speakers';
import { addWorkshop, removeWorkshop, updateWorkshop } from '@/lib/events/manage/workshops';
import { createEvent, createUser, testDatabase } from '../support/db';
import { by, editorHelpers, expectAppError, now } from '../support/manage';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

let occitanie: CurrentUser;

beforeAll(async () => {
  occitanie = (await createUser(db, { role: 'partner', regionCodes: ['76'] })).currentUser;
});

const { auditOf, register } = editorHelpers(db);

describe('agenda editor', () => {
  it('adds, edits and removes an agenda item inside the event’s day, audited', async () => {
    const { event } = await createEvent(db, { now, status: 'draft', date: '2030-06-12', slots: [] });
    const added = await addAgendaItem(event.id, { kind: 'plenary', title: 'Plénière d’ouverture', startTime: '10:00', endTime: '11:00' }, by(occitanie), db);
    let [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, added.id));
    expect(item).toMatchObject({ kind: 'plenary', title: 'Plénière d’ouverture', position: 1 });
    expect(item.startsAt.toISOString()).toBe('2030-06-12T08:00:00.000Z');

    await updateAgendaItem(event.id, added.id, { kind: 'round_table', title: 'Table ronde', startTime: '10:15', endTime: '11:15' }, by(occitanie), db);
    [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, added.id));
    expect(item).toMatchObject({ kind: 'round_table', title: 'Table ronde' });
    const [audit] = await auditOf(added.id);
    expect(audit.action).toBe('update');
    expect(audit.changes.kind).toEqual({ before: 'plenary', after: 'round_table' });

    await removeAgendaItem(event.id, added.id, by(occitanie), db);
    expect(await db.select().from(agendaItems).where(eq(agendaItems.id, added.id))).toEqual([]);
    expect((await auditOf(added.id))[0]).toMatchObject({ action: 'delete', changes: { title: { before: 'Table ronde', after: null } } });
  });

  it('refuses an agenda item outside the event’s day, or with its times out of order', async () => {
    const { event } = await createEvent(db, { now, status: 'draft', slots: [] });
    let error = await expectAppError(
      addAgendaItem(event.id, { kind: 'closing', title: 'Trop tard', startTime: '16:00', endTime: '17:30' }, by(occitanie), db),
      'validation_failed',
    );
    expect(error.message).toBe('Ce temps doit se tenir pendant la rencontre, entre 9h30 et 16h30.');
    expect(error.fields?.endTime).toBe(error.message);
    error = await expectAppError(
      addAgendaItem(event.id, { kind: 'closing', title: 'À l’envers', startTime: '12:00', endTime: '11:00' }, by(occitanie), db),
      'validation_failed',
    );
    expect(error.fields?.endTime).toBe('L’heure de fin doit être après l’heure de début.');
    expect(await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id))).toHaveLength(2);
  });

  it('moves an item up by swapping it with its neighbour, durations kept', async () => {
    const { event } = await createEvent(db, {
      now,
      status: 'draft',
      date: '2030-06-12',
      slots: [],
      agenda: [
        { starts: '09:30', ends: '10:00', kind: 'welcome', title: 'Accueil' },
        { starts: '10:00', ends: '11:00', kind: 'plenary', title: 'Plénière' },
        { starts: '11:15', ends: '11:45', kind: 'qa', title: 'Échanges' },
      ],
    });
    const items = await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id)).orderBy(agendaItems.position);
    await moveAgendaItem(event.id, items[2].id, 'up', by(occitanie), db);
    const after = await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id)).orderBy(agendaItems.position);
    expect(after.map((i) => [i.title, i.startsAt.toISOString().slice(11, 16), i.endsAt.toISOString().slice(11, 16)])).toEqual([
      ['Accueil', '07:30', '08:00'],
      ['Échanges', '08:00', '08:30'],
      ['Plénière', '08:45', '09:45'],
    ]);
    await expectAppError(moveAgendaItem(event.id, items[0].id, 'up', by(occitanie), db), 'validation_failed');
    expect((await auditOf(items[2].id))[0]).toMatchObject({ action: 'move' });
  });

  it('refuses changing a slot with ateliers into another kind', async () => {
    const { event, slots } = await createEvent(db, { now, status: 'draft' });
    const error = await expectAppError(
      updateAgendaItem(event.id, slots[0].id, { kind: 'plenary', title: 'Plénière', startTime: '13:30', endTime: '14:30' }, by(occitanie), db),
      'validation_failed',
    );
    expect(error.fields?.kind).toContain('supprimez-les d’abord');
  });

  it('refuses removing a workshop slot in which registrants chose an atelier', async () => {
    const { event, slots } = await createEvent(db, { now });
    await register(event.slug, slots);
    const error = await expectAppError(removeAgendaItem(event.id, slots[0].id, by(occitanie), db), 'validation_failed');
    expect(error.message).toContain('1 personne inscrite y a choisi un atelier');
    expect(await db.select().from(agendaItems).where(eq(agendaItems.id, slots[0].id))).toHaveLength(1);
  });
});

describe('ateliers', () => {
  it('adds an atelier with a letter unique in its slot', async () => {
    const { event, slots } = await createEvent(db, { now, status: 'draft' });
    const added = await addWorkshop(event.id, slots[0].id, { code: 'c', title: 'Atelier C', room: 'Salle 2', capacity: 15 }, by(occitanie), db);
    const [row] = await db.select().from(workshops).where(eq(workshops.id, added.id));
    expect(row).toMatchObject({ code: 'C', title: 'Atelier C', room: 'Salle 2', capacity: 15, slotId: slots[0].id });
    expect((await auditOf(added.id))[0]).toMatchObject({ entity: 'workshop', action: 'create' });

    const error = await expectAppError(addWorkshop(event.id, slots[0].id, { code: 'A', title: 'Doublon', capacity: 5 }, by(occitanie), db), 'validation_failed');
    expect(error.fields?.code).toBe('La lettre A est déjà prise par un autre atelier de ce créneau.');
    // The letter of the other slot's atelier is free here.
    await expectAppError(updateWorkshop(event.id, added.id, { code: 'B', title: 'Atelier C', capacity: 15 }, by(occitanie), db), 'validation_failed');
    await addWorkshop(event.id, slots[1].id, { code: 'A', title: 'Atelier A bis', capacity: 5 }, by(occitanie), db);
    // Ateliers only go into workshop slots.
    const [welcome] = await db.select().from(agendaItems).where(and(eq(agendaItems.eventId, event.id), eq(agendaItems.kind, 'welcome')));
    await expectAppError(addWorkshop(event.id, welcome.id, { code: 'E', title: 'Mal placé', capacity: 5 }, by(occitanie), db), 'not_found');
  });

  it('refuses an atelier capacity below its confirmed choices; a larger one confirms a waitlisted registrant who chose it', async () => {
    const { event, slots } = await createEvent(db, {
      now,
      slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Petit atelier', capacity: 2 }, { code: 'B', title: 'Grand', capacity: 10 }] }],
    });
    await register(event.slug, slots);
    await register(event.slug, slots);
    // The event is full for a moment: the next one waits, atelier A chosen (and A is full).
    await db.update(events).set({ capacity: 2 }).where(eq(events.id, event.id));
    const waiting = await register(event.slug, slots);
    expect(waiting.status).toBe('waitlisted');
    await db.update(events).set({ capacity: 50 }).where(eq(events.id, event.id));

    const small = slots[0].workshops[0];
    const error = await expectAppError(
      updateWorkshop(event.id, small.id, { code: 'A', title: 'Petit atelier', capacity: 1 }, by(occitanie), db),
      'validation_failed',
    );
    expect(error.fields?.capacity).toBe('L’atelier A compte 2 participant·es confirmé·es : sa capacité ne peut pas être inférieure à 2.');
    expect((await db.select().from(workshops).where(eq(workshops.id, small.id)))[0].capacity).toBe(2);

    const result = await updateWorkshop(event.id, small.id, { code: 'A', title: 'Petit atelier', capacity: 3 }, by(occitanie), db);
    expect(result).toMatchObject({ changed: true, promoted: 1 });
    const [promoted] = await db.select().from(registrations).where(eq(registrations.id, waiting.id));
    expect(promoted.status).toBe('confirmed');
    const emails = await db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, waiting.id));
    expect(emails.map((e) => e.kind)).toContain('registration_promoted');
    const [audit] = await auditOf(small.id);
    expect(audit).toMatchObject({ action: 'update', changes: { capacity: { before: 2, after: 3 } } });
  });

  it('refuses removing an atelier that registrants chose, removes one nobody chose', async () => {
    const { event, slots } = await createEvent(db, { now });
    await register(event.slug, slots);
    const [chosen, free] = slots[0].workshops;
    const error = await expectAppError(removeWorkshop(event.id, chosen.id, by(occitanie), db), 'validation_failed');
    expect(error.message).toContain('a été choisi par 1 personne inscrite');
    expect(await db.select().from(workshops).where(eq(workshops.id, chosen.id))).toHaveLength(1);
    await removeWorkshop(event.id, free.id, by(occitanie), db);
    expect(await db.select().from(workshops).where(eq(workshops.id, free.id))).toEqual([]);
    expect((await auditOf(free.id))[0]).toMatchObject({ action: 'delete', changes: { code: { before: 'B', after: null } } });
  });
});

describe('speakers', () => {
  it('adds a speaker, links them to an agenda item, and removes them with their links', async () => {
    const { event } = await createEvent(db, { now, status: 'draft' });
    const [item] = await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id));
    const added = await addSpeaker(event.id, { name: 'Inès Moreau', role: 'Facilitatrice', organisation: 'PLIE de Montpellier' }, by(occitanie), db);
    await linkSpeaker(event.id, { agendaItemId: item.id, speakerId: added.id }, by(occitanie), db);
    await expectAppError(linkSpeaker(event.id, { agendaItemId: item.id, speakerId: added.id }, by(occitanie), db), 'validation_failed');
    expect(await db.select().from(agendaItemSpeakers).where(eq(agendaItemSpeakers.speakerId, added.id))).toHaveLength(1);
    const managed = await getManagedEvent(occitanie, event.id, db);
    expect(managed.agenda.find((i) => i.id === item.id)!.speakerIds).toEqual([added.id]);

    await removeSpeaker(event.id, added.id, by(occitanie), db);
    expect(await db.select().from(agendaItemSpeakers).where(eq(agendaItemSpeakers.speakerId, added.id))).toEqual([]);
    expect((await auditOf(added.id)).map((a) => a.action)).toEqual(['delete', 'create']);
  });
});
