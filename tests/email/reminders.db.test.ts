// Reminders two days before an event: queued once per confirmed registration, whatever the number
// of workers, and only for published events starting within 48 hours.
//
// The clock is injected and set in a random far-future year, so no other test's event (nor the
// seed's) falls into the window; each test uses its own stretch of days.
import { randomInt } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { events, outboundEmails, registrations, workshopChoices } from '@/db/schema';
import { queueReminders } from '@/lib/email/reminders';
import { addDays, parisTime } from '@/lib/time';
import { createEvent, testDatabase, uniqueEmail, type TestDb } from '../support/db';

const { sql, db } = testDatabase();
const APP_URL = 'https://tour.example.org';
const HOUR = 3600_000;

afterAll(async () => {
  await sql.end();
});

let day = `${2085 + randomInt(10)}-01-05`;
/** A Paris date far from any other test's, 20 days after the previous one handed out. */
function freshDate(): string {
  day = addDays(day, 20);
  return day;
}

type Status = 'confirmed' | 'waitlisted' | 'cancelled';

async function register(tx: TestDb, eventId: string, status: Status, now: Date) {
  const [row] = await tx
    .insert(registrations)
    .values({
      eventId,
      firstName: 'Claude',
      lastName: 'Rappel',
      email: uniqueEmail('rappel'),
      organisation: 'Maison de l’emploi de Test',
      organisationType: 'service_public_emploi',
      consentAt: now,
      status,
      cancelledAt: status === 'cancelled' ? now : null,
    })
    .returning();
  return row;
}

async function remindersFor(registrationIds: string[]) {
  if (registrationIds.length === 0) return [];
  return db
    .select()
    .from(outboundEmails)
    .where(and(inArray(outboundEmails.registrationId, registrationIds), eq(outboundEmails.kind, 'registration_reminder')));
}

/** An event starting 30 hours after the returned `now`. */
async function eventIn30Hours(status: 'published' | 'cancelled' = 'published') {
  const date = freshDate();
  const now = new Date(parisTime(date, '09:30').getTime() - 30 * HOUR);
  const created = await createEvent(db, { date, now, status });
  return { ...created, now };
}

describe('queueReminders', () => {
  it('queues one reminder per confirmed registration of an event starting within 48 hours, and only once', async () => {
    const { event, slots, now } = await eventIn30Hours();
    const confirmed = [await register(db, event.id, 'confirmed', now), await register(db, event.id, 'confirmed', now)];
    const waitlisted = await register(db, event.id, 'waitlisted', now);
    const cancelled = await register(db, event.id, 'cancelled', now);
    const all = [...confirmed, waitlisted, cancelled].map((r) => r.id);
    await db.insert(workshopChoices).values({ registrationId: confirmed[0].id, slotId: slots[0].id, workshopId: slots[0].workshops[1].id });

    expect(await queueReminders({ now, appUrl: APP_URL }, db)).toBe(2);

    const reminders = await remindersFor(all);
    expect(reminders.map((r) => r.registrationId).sort()).toEqual(confirmed.map((r) => r.id).sort());
    const first = reminders.find((r) => r.registrationId === confirmed[0].id)!;
    expect(first.to).toBe(confirmed[0].email);
    expect(first.status).toBe('pending');
    expect(first.subject).toMatch(/^Rappel : /);
    expect(first.subject).toContain(event.title);
    expect(first.text).toContain('13h30–14h30 : atelier B, Atelier B');
    expect(first.text).toContain('Salle de test');
    expect(first.text).toContain(`${APP_URL}/rencontres/${event.slug}`);
    expect(first.text).toContain('e-mail de confirmation');
    // With a secret set (AUTH_SECRET), an inline QR code of the check-in link follows the calendar file.
    expect(first.attachments.filter((a) => !a.cid).map((a) => a.filename)).toEqual([`${event.slug}.ics`]);

    const stamped = await db.select().from(registrations).where(inArray(registrations.id, all));
    for (const r of stamped) {
      if (r.status === 'confirmed') expect(r.reminderQueuedAt?.getTime()).toBe(now.getTime());
      else expect(r.reminderQueuedAt).toBeNull();
    }

    // Again, later, and twice at once: nothing more.
    expect(await queueReminders({ now: new Date(now.getTime() + HOUR), appUrl: APP_URL }, db)).toBe(0);
    const again = await Promise.all([
      queueReminders({ now: new Date(now.getTime() + 2 * HOUR), appUrl: APP_URL }, db),
      queueReminders({ now: new Date(now.getTime() + 2 * HOUR), appUrl: APP_URL }, db),
    ]);
    expect(again).toEqual([0, 0]);
    expect(await remindersFor(all)).toHaveLength(2);
  });

  it('two workers at once queue each reminder exactly once, over several batches', async () => {
    const { event, now } = await eventIn30Hours();
    const people = await db
      .insert(registrations)
      .values(
        Array.from({ length: 120 }, (_, i) => ({
          eventId: event.id,
          firstName: `Personne ${i}`,
          lastName: 'Rappel',
          email: uniqueEmail('rappel'),
          organisation: 'PLIE de Test',
          organisationType: 'facilitateur' as const,
          consentAt: now,
          status: 'confirmed' as const,
        })),
      )
      .returning();
    const other = testDatabase();
    try {
      const counts = await Promise.all([
        queueReminders({ now, appUrl: APP_URL }, db),
        queueReminders({ now, appUrl: APP_URL }, other.db),
        queueReminders({ now, appUrl: APP_URL }, db),
      ]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(120);
    } finally {
      await other.sql.end();
    }
    const reminders = await remindersFor(people.map((p) => p.id));
    expect(reminders).toHaveLength(120);
    expect(new Set(reminders.map((r) => r.registrationId)).size).toBe(120);
  });

  it('leaves out events further than 48 hours, already begun, or cancelled', async () => {
    const date = freshDate();
    const now = parisTime(date, '08:00');
    const inFiveDays = await createEvent(db, { date: addDays(date, 5), now });
    const begun = await createEvent(db, { date: addDays(date, -1), now: new Date(now.getTime() - 5 * 24 * HOUR) });
    const { event: cancelledEvent } = await createEvent(db, { date: addDays(date, 1), now, status: 'cancelled' });
    const { event: draft } = await createEvent(db, { date: addDays(date, 1), now, status: 'draft' });
    const ids = [];
    for (const e of [inFiveDays.event, begun.event, cancelledEvent, draft]) ids.push((await register(db, e.id, 'confirmed', now)).id);

    expect(await queueReminders({ now, appUrl: APP_URL }, db)).toBe(0);
    expect(await remindersFor(ids)).toHaveLength(0);

    // Three days later the first one is within 48 hours.
    const later = new Date(now.getTime() + 3 * 24 * HOUR + 3 * HOUR);
    expect(await queueReminders({ now: later, appUrl: APP_URL }, db)).toBe(1);
    expect((await remindersFor(ids)).map((r) => r.registrationId)).toEqual([ids[0]]);
    // Sanity: the event that was found is the one in five days.
    const [found] = await db.select({ slug: events.slug }).from(events).where(eq(events.id, inFiveDays.event.id));
    expect((await remindersFor(ids))[0].text).toContain(found.slug);
  });

  it('puts the private link given by the caller in the reminder', async () => {
    const { event, now } = await eventIn30Hours();
    const person = await register(db, event.id, 'confirmed', now);
    await queueReminders({ now, appUrl: APP_URL, manageUrl: async (_tx, id) => `${APP_URL}/inscription/jeton-${id}` }, db);
    const [reminder] = await remindersFor([person.id]);
    expect(reminder.text).toContain(`${APP_URL}/inscription/jeton-${person.id}`);
    expect(reminder.text).not.toContain('e-mail de confirmation');
  });
});
