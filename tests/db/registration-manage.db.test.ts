// What an attendee does through their private link (lib/registrations/manage.ts): see, change,
// cancel (and the promotions that follow), ask for a new link.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { manageLinks, outboundEmails, registrations, workshopChoices } from '@/db/schema';
import { cancelRegistration, changeRegistration, getManagedRegistration, resendManageLink } from '@/lib/registrations/manage';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent, testDatabase, uniqueEmail } from '../support/db';
import { expectAppError } from '../support/app-error';
import { validInput } from '../support/registration';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

const now = new Date('2030-03-01T10:00:00Z');
const appUrl = 'http://localhost:3000';
const ctx = (slug: string) => ({ slug, now, appUrl });

describe('the private link', () => {
  it('shows the registration, and an unknown or malformed token finds nothing', async () => {
    const { event, slots } = await createEvent(db, { now });
    const { token, id } = await registerAttendee(validInput(slots), ctx(event.slug), db);
    const managed = await getManagedRegistration(token!, db);
    expect(managed.registration.id).toBe(id);
    expect(managed.choices[slots[0].id]).toBe(slots[0].workshops[0].id);
    await expectAppError(getManagedRegistration('x'.repeat(43), db), 'not_found');
    await expectAppError(getManagedRegistration("' OR 1=1 --", db), 'not_found');
  });

  it('changes ateliers and lunch, e-mails the change, and refuses a full atelier without changing anything', async () => {
    const { event, slots } = await createEvent(db, {
      now,
      slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'A', capacity: 5 }, { code: 'B', title: 'B', capacity: 1 }, { code: 'C', title: 'C', capacity: 5 }] }],
    });
    const [a, b, c] = slots[0].workshops;
    const holder = await registerAttendee(validInput(slots, { workshops: { [slots[0].id]: b.id } }), ctx(event.slug), db);
    const mover = await registerAttendee(validInput(slots, { workshops: { [slots[0].id]: a.id } }), ctx(event.slug), db);
    expect(holder.status).toBe('confirmed');

    const refused = await expectAppError(
      changeRegistration(mover.token!, { workshops: { [slots[0].id]: b.id }, lunch: false }, { now, appUrl }, db),
      'workshop_full',
    );
    expect(refused.message).toContain('Ateliers encore ouverts sur ce créneau : C.');
    const [unchanged] = await db.select().from(workshopChoices).where(eq(workshopChoices.registrationId, mover.id));
    expect(unchanged.workshopId).toBe(a.id);
    const [stillLunch] = await db.select().from(registrations).where(eq(registrations.id, mover.id));
    expect(stillLunch.lunch).toBe(true);

    const result = await changeRegistration(mover.token!, { workshops: { [slots[0].id]: c.id }, lunch: false }, { now, appUrl }, db);
    expect(result.changed).toBe(true);
    const [moved] = await db.select().from(workshopChoices).where(eq(workshopChoices.registrationId, mover.id));
    expect(moved.workshopId).toBe(c.id);
    const emails = await db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, mover.id));
    expect(emails.map((e) => e.kind).sort()).toEqual(['registration_changed', 'registration_confirmed']);
    // Keeping one's own full atelier is always allowed.
    const kept = await changeRegistration(holder.token!, { workshops: { [slots[0].id]: b.id }, lunch: false }, { now, appUrl }, db);
    expect(kept.changed).toBe(true);
  });

  it('cancelling frees the seat and promotes the oldest waitlisted registration, who is e-mailed', async () => {
    const { event, slots } = await createEvent(db, { now, capacity: 2 });
    const first = await registerAttendee(validInput(slots), ctx(event.slug), db);
    await registerAttendee(validInput(slots), ctx(event.slug), db);
    const oldest = await registerAttendee(validInput(slots), { ...ctx(event.slug), now: new Date(now.getTime() + 1000) }, db);
    const younger = await registerAttendee(validInput(slots), { ...ctx(event.slug), now: new Date(now.getTime() + 2000) }, db);
    expect([oldest.status, younger.status]).toEqual(['waitlisted', 'waitlisted']);

    const result = await cancelRegistration(first.token!, { now: new Date(now.getTime() + 5000), appUrl }, db);
    expect(result.promoted).toEqual([oldest.id]);
    const rows = await db.select().from(registrations).where(inArray(registrations.id, [first.id, oldest.id, younger.id]));
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    expect(status).toEqual({ [first.id]: 'cancelled', [oldest.id]: 'confirmed', [younger.id]: 'waitlisted' });
    const [promotedEmail] = await db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.registrationId, oldest.id), eq(outboundEmails.kind, 'registration_promoted')));
    expect(promotedEmail.text).toContain(`${appUrl}/inscription/`);
    const [cancelledEmail] = await db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.registrationId, first.id), eq(outboundEmails.kind, 'registration_cancelled')));
    expect(cancelledEmail).toBeDefined();
    // The promoted person's new link and their first one both work.
    const newToken = promotedEmail.text.match(/\/inscription\/([A-Za-z0-9_-]{43})/)![1];
    expect((await getManagedRegistration(newToken, db)).registration.status).toBe('confirmed');
    expect((await getManagedRegistration(oldest.token!, db)).registration.status).toBe('confirmed');
    // A cancelled registration cannot be changed, and its e-mail may register again.
    await expectAppError(cancelRegistration(first.token!, { now, appUrl }, db), 'registration_closed');
    const [firstRow] = await db.select().from(registrations).where(eq(registrations.id, first.id));
    const again = await registerAttendee(validInput(slots, { email: firstRow.email }), ctx(event.slug), db);
    expect(again.status).toBe('waitlisted');
  });

  it('passes over a waitlisted registration whose atelier is full, for the next one that fits', async () => {
    const { event, slots } = await createEvent(db, {
      now,
      capacity: 2,
      slots: [{ starts: '13:30', ends: '14:30', workshops: [{ code: 'A', title: 'A', capacity: 1 }, { code: 'B', title: 'B', capacity: 5 }] }],
    });
    const [a, b] = slots[0].workshops;
    const choose = (w: { id: string }) => ({ workshops: { [slots[0].id]: w.id } });
    await registerAttendee(validInput(slots, choose(a)), ctx(event.slug), db);
    const leaving = await registerAttendee(validInput(slots, choose(b)), ctx(event.slug), db);
    const wantsA = await registerAttendee(validInput(slots, choose(a)), { ...ctx(event.slug), now: new Date(now.getTime() + 1000) }, db);
    const wantsB = await registerAttendee(validInput(slots, choose(b)), { ...ctx(event.slug), now: new Date(now.getTime() + 2000) }, db);
    const result = await cancelRegistration(leaving.token!, { now: new Date(now.getTime() + 5000), appUrl }, db);
    expect(result.promoted).toEqual([wantsB.id]);
    const [stillWaiting] = await db.select().from(registrations).where(eq(registrations.id, wantsA.id));
    expect(stillWaiting.status).toBe('waitlisted');
  });

  it('resends a new link to a registered address, and says the same for an unknown one', async () => {
    const { event, slots } = await createEvent(db, { now });
    const email = uniqueEmail('oubli');
    const { id } = await registerAttendee(validInput(slots, { email }), ctx(event.slug), db);
    const known = await resendManageLink(event.slug, email.toUpperCase(), { now, appUrl }, db);
    const unknown = await resendManageLink(event.slug, uniqueEmail('inconnu'), { now, appUrl }, db);
    expect(known).toEqual(unknown);
    const emails = await db.select().from(outboundEmails).where(and(eq(outboundEmails.registrationId, id), eq(outboundEmails.kind, 'manage_link')));
    expect(emails).toHaveLength(1);
    expect(await db.select().from(manageLinks).where(eq(manageLinks.registrationId, id))).toHaveLength(2);
  });

  it('answers a NUL byte in the address or the slug like any invalid input, not with a database error', async () => {
    const { event } = await createEvent(db, { now });
    await expectAppError(resendManageLink(event.slug, 'a\u0000@test.example.org', { now, appUrl }, db), 'validation_failed');
    const unknown = await resendManageLink(event.slug, uniqueEmail('inconnu'), { now, appUrl }, db);
    expect(await resendManageLink(`${event.slug}\u0000`, uniqueEmail('nul'), { now, appUrl }, db)).toEqual(unknown);
  });
});
