// Event time zones and calendars that follow changes: the .ics read back by ical.js, the outbox
// and the audit log read from the database.
import { and, eq, inArray } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPublicEventBySlug } from '@/db/queries/events';
import { auditEntries, events, outboundEmails, regions, registrations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { toApiEventDetail } from '@/lib/events/api';
import { eventCalendar } from '@/lib/events/calendar';
import { createEvent as createManagedEvent } from '@/lib/events/manage/create-event';
import { cancelEvent } from '@/lib/events/manage/event-status';
import { toEventFormValues } from '@/lib/events/manage/update-event-schema';
import { updateEvent } from '@/lib/events/manage/update-event';
import { toEventDetail } from '@/lib/events/model';
import { cancelRegistration } from '@/lib/registrations/manage';
import { createEvent, createUser, testDatabase } from '../support/db';
import { ctx, expectAppError, now, register, by } from '../support/manage';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

let national: CurrentUser;
beforeAll(async () => {
  national = (await createUser(db, { role: 'national' })).currentUser;
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone), String(zone.getFirstPropertyValue('tzid')));
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

const emailsOf = (ids: string[], kind: string) =>
  db.select().from(outboundEmails).where(and(inArray(outboundEmails.registrationId, ids), eq(outboundEmails.kind, kind)));

async function reload(id: string) {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

describe('an event in La Réunion', () => {
  it('takes its region’s zone when created: 9h30 local is 05:30Z, in the API and the .ics (ical.js)', async () => {
    const [reunion] = await db.select().from(regions).where(eq(regions.code, '04'));
    const created = await createManagedEvent(
      {
        regionId: reunion.id,
        title: 'Rencontre de La Réunion',
        date: '2030-06-12',
        startTime: '09:30',
        endTime: '16:30',
        venueCity: 'Saint-Denis',
        capacity: 80,
        contactEmail: 'contact@test.example.org',
      },
      { user: national, now },
      db,
    );
    const row = await reload(created.id);
    expect(row.timeZone).toBe('Indian/Reunion');
    expect(row.startsAt.toISOString()).toBe('2030-06-12T05:30:00.000Z');
    expect(row.endsAt.toISOString()).toBe('2030-06-12T12:30:00.000Z');
    // The editor shows the local hour back.
    expect(toEventFormValues(row)).toMatchObject({ date: '2030-06-12', startTime: '09:30', endTime: '16:30', timeZone: 'Indian/Reunion' });

    await db.update(events).set({ status: 'published' }).where(eq(events.id, created.id));
    const detail = toEventDetail((await findPublicEventBySlug(db, created.slug))!);
    const api = toApiEventDetail(detail, now);
    expect(api.startsAt).toBe('2030-06-12T09:30:00+04:00');
    expect(api.timeZone).toBe('Indian/Reunion');

    const { calendar, event } = parse(eventCalendar(detail, ctx.appUrl, now));
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Indian/Reunion');
    expect(event.startDate.zone.tzid).toBe('Indian/Reunion');
    expect(event.startDate.hour).toBe(9);
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-06-12T05:30:00.000Z');
  });

  it('sends its local hour and zone in the confirmation e-mail and its .ics', async () => {
    const { event, slots } = await createEvent(db, { regionCode: '04', timeZone: 'Indian/Reunion', date: '2030-05-02' });
    expect(event.startsAt.toISOString()).toBe('2030-05-02T05:30:00.000Z');
    const r = await register(db, event.slug, slots);
    const [email] = await emailsOf([r.id], 'registration_confirmed');
    expect(email.text).toContain('9h30–16h30, heure de La Réunion');
    const ics = email.attachments.find((a) => a.filename.endsWith('.ics'))!;
    const parsed = parse(ics.content);
    expect(parsed.event.startDate.toJSDate().toISOString()).toBe('2030-05-02T05:30:00.000Z');
    expect(parsed.event.uid).toBe(`registration-${r.id}@tour-clause-sociale`);
  });
});

describe('calendars follow changes', () => {
  it('a new date and venue of a published event e-mails every live registrant an updated .ics, in the same transaction, audited', async () => {
    const { event, slots } = await createEvent(db, { date: '2030-05-02', capacity: 2 });
    const a = await register(db, event.slug, slots);
    const b = await register(db, event.slug, slots);
    const waiting = await register(db, event.slug, slots);
    const gone = await register(db, event.slug, slots);
    expect(waiting.status).toBe('waitlisted');
    await db.update(registrations).set({ status: 'cancelled', cancelledAt: now }).where(eq(registrations.id, gone.id));
    const ids = [a.id, b.id, waiting.id, gone.id];

    // A refused change (capacity below the confirmed count) queues nothing and moves nothing.
    const before = await reload(event.id);
    await expectAppError(updateEvent(event.id, { ...toEventFormValues(before), date: '2030-05-09', capacity: 1 }, by(national), db), 'validation_failed');
    expect(await emailsOf(ids, 'event_changed')).toHaveLength(0);
    expect((await reload(event.id)).calendarSequence).toBe(0);

    const result = await updateEvent(
      event.id,
      { ...toEventFormValues(before), date: '2030-05-09', venueName: 'Nouvelle salle', venueCity: 'Sète', venuePostcode: '34200' },
      by(national),
      db,
    );
    expect(result).toMatchObject({ changed: true, notified: 3 });
    const after = await reload(event.id);
    expect(after.calendarSequence).toBe(1);

    const sent = await emailsOf(ids, 'event_changed');
    expect(sent.map((e) => e.registrationId).sort()).toEqual([a.id, b.id, waiting.id].sort());
    const toA = sent.find((e) => e.registrationId === a.id)!;
    expect(toA.text).toContain('jeudi 9 mai 2030 (au lieu du jeudi 2 mai 2030)');
    expect(toA.text).toContain('Nouvelle salle');
    const [confirmation] = await emailsOf([a.id], 'registration_confirmed');
    const first = parse(confirmation.attachments.find((x) => x.filename.endsWith('.ics'))!.content).event;
    const updated = parse(toA.attachments.find((x) => x.filename.endsWith('.ics'))!.content);
    expect(updated.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(updated.event.uid).toBe(first.uid);
    expect(updated.event.sequence).toBeGreaterThan(first.sequence);
    expect(updated.event.startDate.toJSDate().toISOString()).toBe('2030-05-09T07:30:00.000Z');
    expect(updated.event.location).toContain('Nouvelle salle');
    // A waitlisted person is told, without a calendar entry they never had.
    expect(sent.find((e) => e.registrationId === waiting.id)!.attachments.filter((x) => x.filename.endsWith('.ics'))).toHaveLength(0);

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, event.id), eq(auditEntries.action, 'notify_change')));
    expect(audit).toHaveLength(1);

    // A change of title only sends nothing.
    await updateEvent(event.id, { ...toEventFormValues(after), title: 'Autre titre' }, by(national), db);
    expect(await emailsOf(ids, 'event_changed')).toHaveLength(3);
    expect((await reload(event.id)).calendarSequence).toBe(1);
  });

  it('an attendee’s cancellation carries METHOD:CANCEL for their entry', async () => {
    const { event, slots } = await createEvent(db, { date: '2030-05-02' });
    const r = await register(db, event.slug, slots);
    await cancelRegistration(r.token!, ctx, db);
    const [email] = await emailsOf([r.id], 'registration_cancelled');
    const { calendar, event: entry } = parse(email.attachments.find((x) => x.filename.endsWith('.ics'))!.content);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(entry.uid).toBe(`registration-${r.id}@tour-clause-sociale`);
    expect(entry.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('the event’s cancellation carries METHOD:CANCEL for each registrant’s entry', async () => {
    const { event, slots } = await createEvent(db, { date: '2030-05-02' });
    const r = await register(db, event.slug, slots);
    await cancelEvent(event.id, { confirm: true }, by(national), db);
    const [email] = await emailsOf([r.id], 'event_cancelled');
    const { calendar, event: entry } = parse(email.attachments.find((x) => x.filename.endsWith('.ics'))!.content);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(entry.uid).toBe(`registration-${r.id}@tour-clause-sociale`);
  });
});
