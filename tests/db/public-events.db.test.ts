// What the public pages and the read API get: published events only, the programme in time order,
// and seat counts that count confirmed people only.
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { findPublicEventBySlug, findPublicEvents } from '@/db/queries/events';
import { agendaItems, agendaItemSpeakers, events, registrations, speakers, workshopChoices } from '@/db/schema';
import { toEventDetail, toPublicEvent } from '@/lib/events/model';
import { formatTimeRange } from '@/lib/time';
import { createEvent, testDatabase, uniqueEmail, type TestDb } from '../support/db';

const { sql, db } = testDatabase();
const NOW = new Date('2030-01-10T10:00:00Z');

afterAll(async () => {
  await sql.end();
});

type Status = 'confirmed' | 'waitlisted' | 'cancelled';

/** A registration with one choice per given slot, written straight to the tables. */
async function register(tx: TestDb, eventId: string, status: Status, choices: { slotId: string; workshopId: string }[]) {
  const [reg] = await tx
    .insert(registrations)
    .values({
      eventId,
      firstName: 'Camille',
      lastName: 'Test',
      email: uniqueEmail('camille'),
      organisation: 'PLIE de Test',
      organisationType: 'facilitateur',
      consentAt: NOW,
      status,
      cancelledAt: status === 'cancelled' ? NOW : null,
    })
    .returning();
  if (choices.length) await tx.insert(workshopChoices).values(choices.map((c) => ({ registrationId: reg.id, ...c })));
  return reg;
}

async function listedSlugs() {
  return (await findPublicEvents(db)).map((r) => r.slug);
}

describe('drafts', () => {
  it('are neither listed nor found by slug', async () => {
    const { event } = await createEvent(db, { now: NOW, status: 'draft' });
    expect(await listedSlugs()).not.toContain(event.slug);
    expect(await findPublicEventBySlug(db, event.slug)).toBeNull();
  });

  it('appear once published', async () => {
    const { event } = await createEvent(db, { now: NOW, status: 'draft' });
    await db.update(events).set({ status: 'published' }).where(eq(events.id, event.id));
    expect(await listedSlugs()).toContain(event.slug);
    expect(await findPublicEventBySlug(db, event.slug)).not.toBeNull();
  });
});

describe('cancelled events', () => {
  it('leave the list but keep their page, marked cancelled', async () => {
    const { event } = await createEvent(db, { now: NOW, status: 'cancelled' });
    expect(await listedSlugs()).not.toContain(event.slug);
    const rows = await findPublicEventBySlug(db, event.slug);
    expect(rows && toEventDetail(rows).status).toBe('cancelled');
  });
});

describe('unknown slugs', () => {
  it('are not found', async () => {
    expect(await findPublicEventBySlug(db, 'nulle-part-2030-01-01')).toBeNull();
  });
});

describe('a published event', () => {
  it('lists its programme in time order, ateliers under their slot, seats left from confirmed people', async () => {
    const { event, slots } = await createEvent(db, {
      now: NOW,
      capacity: 50,
      // Written out of order: positions follow this order, the programme must follow the clock.
      agenda: [
        { starts: '16:00', ends: '16:30', kind: 'closing', title: 'Clôture' },
        { starts: '09:30', ends: '10:00', kind: 'welcome', title: 'Accueil-café' },
        { starts: '12:00', ends: '13:00', kind: 'meal', title: 'Déjeuner' },
      ],
      slots: [
        {
          starts: '13:30',
          ends: '14:30',
          workshops: [
            { code: 'A', title: 'Atelier A', capacity: 20 },
            { code: 'B', title: 'Atelier B', capacity: 15 },
          ],
        },
        {
          starts: '14:45',
          ends: '15:45',
          workshops: [
            { code: 'C', title: 'Atelier C', capacity: 20 },
            { code: 'D', title: 'Atelier D', capacity: 2 },
          ],
        },
      ],
    });
    const [slot1, slot2] = slots;
    const ws = (slot: (typeof slots)[number], code: string) => ({
      slotId: slot.id,
      workshopId: slot.workshops.find((w) => w.code === code)!.id,
    });

    await register(db, event.id, 'confirmed', [ws(slot1, 'A'), ws(slot2, 'C')]);
    await register(db, event.id, 'confirmed', [ws(slot1, 'A'), ws(slot2, 'D')]);
    await register(db, event.id, 'waitlisted', [ws(slot1, 'B'), ws(slot2, 'D')]);
    await register(db, event.id, 'cancelled', [ws(slot1, 'B'), ws(slot2, 'D')]);

    const [welcome] = await db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.eventId, event.id), eq(agendaItems.kind, 'welcome')));
    const [speaker] = await db
      .insert(speakers)
      .values({ eventId: event.id, name: 'Claire Exemple', role: 'Facilitatrice', organisation: 'Maison de l’emploi de Test' })
      .returning();
    await db.insert(agendaItemSpeakers).values({ agendaItemId: welcome.id, speakerId: speaker.id });

    const rows = await findPublicEventBySlug(db, event.slug);
    expect(rows).not.toBeNull();
    const detail = toEventDetail(rows!);

    expect(detail.capacity).toBe(50);
    expect(detail.remaining).toBe(48);
    expect(detail.agenda.map((a) => [formatTimeRange(new Date(a.startsAt), new Date(a.endsAt)), a.kind])).toEqual([
      ['9h30–10h00', 'welcome'],
      ['12h00–13h00', 'meal'],
      ['13h30–14h30', 'workshop_slot'],
      ['14h45–15h45', 'workshop_slot'],
      ['16h00–16h30', 'closing'],
    ]);

    const byId = new Map(detail.agenda.map((a) => [a.id, a]));
    expect(byId.get(slot1.id)!.workshops!.map((w) => [w.code, w.capacity, w.remaining])).toEqual([
      ['A', 20, 18],
      ['B', 15, 15],
    ]);
    expect(byId.get(slot2.id)!.workshops!.map((w) => [w.code, w.capacity, w.remaining])).toEqual([
      ['C', 20, 19],
      ['D', 2, 1],
    ]);
    for (const item of detail.agenda.filter((a) => a.kind !== 'workshop_slot')) expect(item.workshops).toBeUndefined();

    expect(byId.get(welcome.id)!.speakers).toEqual([
      { id: speaker.id, name: 'Claire Exemple', role: 'Facilitatrice', organisation: 'Maison de l’emploi de Test' },
    ]);
    expect(detail.speakers.map((s) => s.id)).toEqual([speaker.id]);

    const listed = (await findPublicEvents(db)).map(toPublicEvent).find((e) => e.slug === event.slug);
    expect(listed).toMatchObject({
      slug: event.slug,
      status: 'published',
      region: { code: '76', name: 'Occitanie' },
      capacity: 50,
      remaining: 48,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
    });
  });

  it('never shows fewer than zero seats left', async () => {
    const { event, slots } = await createEvent(db, {
      now: NOW,
      capacity: 1,
      slots: [{ starts: '14:00', ends: '15:00', workshops: [{ code: 'A', title: 'Atelier A', capacity: 1 }] }],
    });
    const choice = { slotId: slots[0].id, workshopId: slots[0].workshops[0].id };
    await register(db, event.id, 'confirmed', [choice]);
    await register(db, event.id, 'confirmed', [choice]);

    const detail = toEventDetail((await findPublicEventBySlug(db, event.slug))!);
    expect(detail.remaining).toBe(0);
    expect(detail.agenda.find((a) => a.kind === 'workshop_slot')!.workshops!.map((w) => w.remaining)).toEqual([0]);
  });

  it('lists published events in date order', async () => {
    const later = await createEvent(db, { now: NOW, date: '2031-06-12' });
    const earlier = await createEvent(db, { now: NOW, date: '2031-06-05' });
    const slugs = await listedSlugs();
    expect(slugs.indexOf(earlier.event.slug)).toBeGreaterThanOrEqual(0);
    expect(slugs.indexOf(earlier.event.slug)).toBeLessThan(slugs.indexOf(later.event.slug));
  });
});
