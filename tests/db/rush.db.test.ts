// A rush on a real PostgreSQL: 200 registrations at once for 50 seats and a 12-seat atelier.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { registrations, workshopChoices, workshops } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { updateWorkshop } from '@/lib/events/manage/workshops';
import { registerAttendee, type RegisterResult } from '@/lib/registrations/register';
import { createEvent, createUser, testDatabase } from '../support/db';
import { validInput } from '../support/registration';

// As many connections as an app instance would have, so the requests really overlap.
const { sql, db } = testDatabase(40);
afterAll(() => sql.end());

const now = new Date('2030-03-01T10:00:00Z');

describe('rush', () => {
  it('never overbooks: exactly 12 in the small atelier, at most 50 confirmed, every answer true to the database', async () => {
    const { event, slots } = await createEvent(db, {
      now,
      capacity: 50,
      slots: [
        { starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Petit', capacity: 12 }, { code: 'B', title: 'Grand', capacity: 500 }] },
        { starts: '14:45', ends: '15:45', workshops: [{ code: 'C', title: 'Grand aussi', capacity: 500 }] },
      ],
    });
    const [small, large] = slots[0].workshops;
    const inputs = Array.from({ length: 200 }, (_, i) =>
      validInput(slots, {
        email: `rush-${i}-${event.slug}@test.example.org`,
        workshops: { [slots[0].id]: (i % 2 === 0 ? small : large).id, [slots[1].id]: slots[1].workshops[0].id },
      }),
    );
    const settled = await Promise.allSettled(inputs.map((input) => registerAttendee(input, { slug: event.slug, now, appUrl: 'http://localhost' }, db)));

    const answers = settled.map((s, i) => ({ input: inputs[i], ...s }));
    const unexpected = answers.filter((a) => a.status === 'rejected' && !(a.reason instanceof AppError && a.reason.code === 'workshop_full'));
    expect(unexpected.map((a) => (a.status === 'rejected' ? String(a.reason) : ''))).toEqual([]);

    const rows = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    const confirmed = rows.filter((r) => r.status === 'confirmed');
    expect(confirmed.length).toBeLessThanOrEqual(50);
    expect(confirmed.length).toBe(50); // there were more than enough people for the large atelier
    const smallHolders = await db
      .select({ id: workshopChoices.registrationId })
      .from(workshopChoices)
      .innerJoin(registrations, eq(registrations.id, workshopChoices.registrationId))
      .where(and(eq(workshopChoices.workshopId, small.id), eq(registrations.status, 'confirmed')));
    expect(smallHolders).toHaveLength(12);

    // The database agrees with every answer that was given.
    const byEmail = new Map(rows.map((r) => [r.email, r]));
    for (const answer of answers) {
      const row = byEmail.get(answer.input.email as string);
      if (answer.status === 'fulfilled') {
        const value: RegisterResult = answer.value;
        expect(row?.id).toBe(value.id);
        expect(row?.status).toBe(value.status);
      } else {
        expect(row).toBeUndefined();
      }
    }
    const refused = answers.filter((a) => a.status === 'rejected');
    const waitlisted = rows.filter((r) => r.status === 'waitlisted');
    expect(refused.length + rows.length).toBe(200);
    expect(waitlisted.length).toBe(rows.length - 50);
    // Only people asking for the small atelier while seats were left were refused.
    for (const r of refused) expect((r.input.workshops as Record<string, string>)[slots[0].id]).toBe(small.id);
    const choices = await db.select().from(workshopChoices).where(inArray(workshopChoices.registrationId, rows.map((r) => r.id)));
    expect(choices).toHaveLength(rows.length * 2);
  }, 120_000);

  it('an atelier made smaller in the middle of a rush never ends with more confirmed than its new capacity', async () => {
    const { event, slots } = await createEvent(db, {
      now,
      capacity: 200,
      slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'Réduit', capacity: 40 }, { code: 'B', title: 'Grand', capacity: 500 }] }],
    });
    const [reduced] = slots[0].workshops;
    const { currentUser: partner } = await createUser(db, { role: 'partner', regionCodes: ['76'] });
    const inputs = Array.from({ length: 60 }, (_, i) =>
      validInput(slots, { email: `reduit-${i}-${event.slug}@test.example.org`, workshops: { [slots[0].id]: reduced.id } }),
    );
    // The partner lowers the capacity to 5 while the registrations, which read 40 before the lock, go on.
    const registering = Promise.allSettled(inputs.map((input) => registerAttendee(input, { slug: event.slug, now, appUrl: 'http://localhost' }, db)));
    const resized = await updateWorkshop(event.id, reduced.id, { code: 'A', title: 'Réduit', capacity: 5 }, { user: partner, now, appUrl: 'http://localhost' }, db).then(
      () => true,
      (e: unknown) => (e instanceof AppError && e.code === 'validation_failed' ? false : Promise.reject(e)),
    );
    const settled = await registering;
    expect(settled.filter((s) => s.status === 'rejected' && !(s.reason instanceof AppError && s.reason.code === 'workshop_full'))).toEqual([]);

    const [workshop] = await db.select().from(workshops).where(eq(workshops.id, reduced.id));
    const holders = await db
      .select({ id: workshopChoices.registrationId })
      .from(workshopChoices)
      .innerJoin(registrations, eq(registrations.id, workshopChoices.registrationId))
      .where(and(eq(workshopChoices.workshopId, reduced.id), eq(registrations.status, 'confirmed')));
    expect(workshop.capacity).toBe(resized ? 5 : 40);
    expect(holders.length).toBeLessThanOrEqual(workshop.capacity);
    if (resized) expect(holders.length).toBe(5);
  }, 120_000);
});
