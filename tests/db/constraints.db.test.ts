// The rules the database itself enforces, whatever the code above it does. Each refusal is checked
// by its PostgreSQL error code and the constraint that fired.
import { and, eq, sql as dsql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { agendaItems, events, registrations, workshopChoices, workshops } from '@/db/schema';
import { parisTime } from '@/lib/time';
import { createEvent, testDatabase, uniqueEmail, uniqueSlug } from '../support/db';

const { sql, db } = testDatabase();
const NOW = new Date('2030-01-10T10:00:00Z');

afterAll(async () => {
  await sql.end();
});

type PgFailure = { code?: string; constraint?: string } | 'succeeded';

/** Runs a query that should fail; gives the PostgreSQL error code and constraint name. */
async function failure(query: PromiseLike<unknown>): Promise<PgFailure> {
  try {
    await query;
    return 'succeeded';
  } catch (error) {
    // drizzle wraps the postgres.js error in DrizzleQueryError, with the original as `cause`.
    const e = error as { code?: string; constraint_name?: string; cause?: { code?: string; constraint_name?: string } };
    const pg = typeof e.code === 'string' ? e : e.cause;
    return { code: pg?.code, constraint: pg?.constraint_name };
  }
}

function registration(eventId: string, email: string, overrides: Partial<typeof registrations.$inferInsert> = {}) {
  return {
    eventId,
    firstName: 'Marie',
    lastName: 'Test',
    email,
    organisation: 'Ville de Test',
    organisationType: 'collectivite' as const,
    consentAt: NOW,
    status: 'confirmed' as const,
    ...overrides,
  };
}

async function liveCount(eventId: string, email: string) {
  const [row] = await db
    .select({ n: dsql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), dsql`lower(${registrations.email}) = lower(${email})`, dsql`${registrations.status} <> 'cancelled'`));
  return row.n;
}

describe('one live registration per e-mail per event', () => {
  it('refuses a second one with the same e-mail in another case', async () => {
    const { event } = await createEvent(db, { now: NOW });
    const email = uniqueEmail('marie');
    await db.insert(registrations).values(registration(event.id, email));

    expect(await failure(db.insert(registrations).values(registration(event.id, email.toUpperCase())))).toEqual({
      code: '23505',
      constraint: 'registrations_live_email_key',
    });
    expect(await liveCount(event.id, email)).toBe(1);
  });

  it('allows it again once the first is cancelled, and only one live at a time', async () => {
    const { event } = await createEvent(db, { now: NOW });
    const email = uniqueEmail('paul');
    const [first] = await db.insert(registrations).values(registration(event.id, email)).returning();
    await db.update(registrations).set({ status: 'cancelled', cancelledAt: NOW }).where(eq(registrations.id, first.id));

    const [again] = await db.insert(registrations).values(registration(event.id, email.toUpperCase())).returning();
    expect(again.status).toBe('confirmed');
    expect(await liveCount(event.id, email)).toBe(1);

    expect(await failure(db.insert(registrations).values(registration(event.id, email, { status: 'waitlisted' })))).toEqual({
      code: '23505',
      constraint: 'registrations_live_email_key',
    });
  });

  it('allows the same e-mail for another event', async () => {
    const { event: one } = await createEvent(db, { now: NOW });
    const { event: two } = await createEvent(db, { now: NOW });
    const email = uniqueEmail('anne');
    await db.insert(registrations).values(registration(one.id, email));
    await db.insert(registrations).values(registration(two.id, email));
    expect(await liveCount(one.id, email)).toBe(1);
    expect(await liveCount(two.id, email)).toBe(1);
  });

  it('ties the cancelled status to a cancellation time', async () => {
    const { event } = await createEvent(db, { now: NOW });
    const check = { code: '23514', constraint: 'registrations_cancelled_at' };
    expect(await failure(db.insert(registrations).values(registration(event.id, uniqueEmail(), { status: 'cancelled' })))).toEqual(check);
    expect(await failure(db.insert(registrations).values(registration(event.id, uniqueEmail(), { cancelledAt: NOW })))).toEqual(check);
  });
});

describe('workshop choices', () => {
  it('refuses a second choice for the same registration and slot', async () => {
    const { event, slots } = await createEvent(db, { now: NOW });
    const [reg] = await db.insert(registrations).values(registration(event.id, uniqueEmail())).returning();
    const [slot] = slots;
    await db.insert(workshopChoices).values({ registrationId: reg.id, slotId: slot.id, workshopId: slot.workshops[0].id });

    expect(
      await failure(db.insert(workshopChoices).values({ registrationId: reg.id, slotId: slot.id, workshopId: slot.workshops[1].id })),
    ).toEqual({ code: '23505', constraint: 'workshop_choices_registration_id_slot_id_pk' });
    const stored = await db.select().from(workshopChoices).where(eq(workshopChoices.registrationId, reg.id));
    expect(stored.map((c) => c.workshopId)).toEqual([slot.workshops[0].id]);
  });

  it('refuses an atelier that belongs to another slot', async () => {
    const { event, slots } = await createEvent(db, { now: NOW });
    const [reg] = await db.insert(registrations).values(registration(event.id, uniqueEmail())).returning();
    const [first, second] = slots;

    expect(
      await failure(db.insert(workshopChoices).values({ registrationId: reg.id, slotId: first.id, workshopId: second.workshops[0].id })),
    ).toEqual({ code: '23503', constraint: 'workshop_choices_workshop_fk' });
    expect(await db.select().from(workshopChoices).where(eq(workshopChoices.registrationId, reg.id))).toEqual([]);
  });
});

describe('capacities', () => {
  it('refuses a negative event capacity, allows zero', async () => {
    const { event } = await createEvent(db, { now: NOW });
    expect(await failure(db.update(events).set({ capacity: -1 }).where(eq(events.id, event.id)))).toEqual({
      code: '23514',
      constraint: 'events_capacity_nonnegative',
    });
    await db.update(events).set({ capacity: 0 }).where(eq(events.id, event.id));
    const [row] = await db.select({ capacity: events.capacity }).from(events).where(eq(events.id, event.id));
    expect(row.capacity).toBe(0);
  });

  it('refuses a negative workshop capacity', async () => {
    const { slots } = await createEvent(db, { now: NOW });
    expect(await failure(db.insert(workshops).values({ slotId: slots[0].id, code: 'Z', title: 'Atelier négatif', capacity: -5 }))).toEqual({
      code: '23514',
      constraint: 'workshops_capacity_nonnegative',
    });
    expect(
      await failure(db.update(workshops).set({ capacity: -1 }).where(eq(workshops.id, slots[0].workshops[0].id))),
    ).toEqual({ code: '23514', constraint: 'workshops_capacity_nonnegative' });
  });
});

describe('times in order', () => {
  it('refuses an event that ends before (or when) it starts', async () => {
    const { event } = await createEvent(db, { now: NOW });
    const check = { code: '23514', constraint: 'events_times_in_order' };
    expect(await failure(db.update(events).set({ endsAt: new Date(event.startsAt.getTime() - 3600_000) }).where(eq(events.id, event.id)))).toEqual(check);
    expect(await failure(db.update(events).set({ endsAt: event.startsAt }).where(eq(events.id, event.id)))).toEqual(check);
  });

  it('refuses an agenda item that ends before it starts', async () => {
    const { event } = await createEvent(db, { now: NOW });
    expect(
      await failure(
        db.insert(agendaItems).values({
          eventId: event.id,
          kind: 'plenary',
          title: 'À rebours',
          startsAt: parisTime('2030-03-11', '11:00'),
          endsAt: parisTime('2030-03-11', '10:00'),
          position: 99,
        }),
      ),
    ).toEqual({ code: '23514', constraint: 'agenda_items_times_in_order' });
  });
});

describe('workshops belong to a workshop slot', () => {
  it('refuses a workshop under an agenda item that is not a workshop_slot', async () => {
    const { event } = await createEvent(db, { now: NOW });
    const [welcome] = await db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.eventId, event.id), eq(agendaItems.kind, 'welcome')));
    expect(welcome).toBeDefined();

    expect(await failure(db.insert(workshops).values({ slotId: welcome.id, code: 'A', title: 'Atelier mal placé', capacity: 10 }))).toEqual({
      code: '23503',
      constraint: 'workshops_slot_fk',
    });
    // Claiming the item's own kind does not get round it.
    expect(
      await failure(db.insert(workshops).values({ slotId: welcome.id, slotKind: 'welcome', code: 'A', title: 'Atelier mal placé', capacity: 10 })),
    ).toEqual({ code: '23514', constraint: 'workshops_slot_kind' });
    expect(await db.select().from(workshops).where(eq(workshops.slotId, welcome.id))).toEqual([]);
  });

  it('refuses to turn a slot that holds ateliers into another kind', async () => {
    const { slots } = await createEvent(db, { now: NOW });
    expect(await failure(db.update(agendaItems).set({ kind: 'plenary' }).where(eq(agendaItems.id, slots[0].id)))).toEqual({
      code: '23503',
      constraint: 'workshops_slot_fk',
    });
  });
});

describe('slugs', () => {
  it("refuses 'Pas Un Slug'", async () => {
    expect(await failure(createEvent(db, { now: NOW, slug: 'Pas Un Slug' }))).toEqual({ code: '23514', constraint: 'events_slug_format' });
    expect(await db.select().from(events).where(eq(events.slug, 'Pas Un Slug'))).toEqual([]);
  });

  it('accepts a well-formed slug and refuses it twice', async () => {
    const slug = uniqueSlug('bretagne-brest');
    await createEvent(db, { now: NOW, slug });
    expect(await failure(createEvent(db, { now: NOW, slug }))).toEqual({ code: '23505', constraint: 'events_slug_unique' });
  });
});
