import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEntries, outboundEmails, registrations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { checkInCounts, getCheckInRegistration, searchForCheckIn, setCheckedIn } from '@/lib/checkin/check-in';
import { verifyCheckInCode } from '@/lib/checkin/signed-link';
import { cancelRegistration } from '@/lib/registrations/manage';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent, createUser, testDatabase } from '../support/db';
import { expectAppError } from '../support/app-error';
import { validInput } from '../support/registration';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

const now = new Date('2030-03-01T10:00:00Z');
const later = new Date('2030-03-01T10:05:00Z');
const appUrl = 'http://localhost:3000';

/** An Occitanie event of 2 seats: Inès and Camille confirmed, Hugo waitlisted. */
async function checkInEvent() {
  const { event, slots } = await createEvent(db, { now, regionCode: '76', capacity: 2 });
  const register = (firstName: string, lastName: string) =>
    registerAttendee(validInput(slots, { firstName, lastName }), { slug: event.slug, now, appUrl }, db);
  const ines = await register('Inès', 'Moreau');
  const camille = await register('Camille', 'Martin');
  const hugo = await register('Hugo', 'Moreau');
  expect([ines.status, camille.status, hugo.status]).toEqual(['confirmed', 'confirmed', 'waitlisted']);
  return { event, slots, ines, camille, hugo };
}

const auditOf = (registrationId: string) =>
  db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.entity, 'registration'), eq(auditEntries.entityId, registrationId)))
    .orderBy(auditEntries.id);

const checkedInAt = async (id: string) => (await db.select().from(registrations).where(eq(registrations.id, id)))[0].checkedInAt;

let occitanie: CurrentUser;
let bretagne: CurrentUser;
let national: CurrentUser;

beforeAll(async () => {
  occitanie = (await createUser(db, { regionCodes: ['76'] })).currentUser;
  bretagne = (await createUser(db, { regionCodes: ['53'] })).currentUser;
  national = (await createUser(db, { role: 'national' })).currentUser;
});

describe('setCheckedIn', () => {
  it('[partner Occitanie] marks a confirmed person present, keeps the first time, undoes; each change audited', async () => {
    const { event, ines } = await checkInEvent();
    const marked = await setCheckedIn(ines.id, true, { user: occitanie, now }, db);
    expect(marked).toMatchObject({ registrationId: ines.id, eventId: event.id, name: 'Inès Moreau', changed: true });
    expect(marked.checkedInAt?.toISOString()).toBe(now.toISOString());
    expect((await checkedInAt(ines.id))?.toISOString()).toBe(now.toISOString());

    // Scanned again a little later: the arrival time stays the first one, nothing is audited.
    const again = await setCheckedIn(ines.id, true, { user: occitanie, now: later }, db);
    expect(again.changed).toBe(false);
    expect(again.checkedInAt?.toISOString()).toBe(now.toISOString());

    const undone = await setCheckedIn(ines.id, false, { user: occitanie, now: later }, db);
    expect(undone).toMatchObject({ changed: true, checkedInAt: null });
    expect(await checkedInAt(ines.id)).toBeNull();
    expect((await setCheckedIn(ines.id, false, { user: occitanie, now: later }, db)).changed).toBe(false);

    const audit = await auditOf(ines.id);
    expect(audit.map((a) => [a.action, a.userId, a.eventId])).toEqual([
      ['check_in', occitanie.id, event.id],
      ['undo_check_in', occitanie.id, event.id],
    ]);
    expect(audit[0].changes).toEqual({ checkedInAt: { before: null, after: now.toISOString() } });
    expect(audit[1].changes).toEqual({ checkedInAt: { before: now.toISOString(), after: null } });
  });

  it('[national] may check in anywhere', async () => {
    const { camille } = await checkInEvent();
    expect((await setCheckedIn(camille.id, true, { user: national, now }, db)).changed).toBe(true);
  });

  it('a waitlisted or cancelled registration cannot be marked present, and nothing is written', async () => {
    const { hugo, camille } = await checkInEvent();
    const error = await expectAppError(setCheckedIn(hugo.id, true, { user: occitanie, now }, db), 'validation_failed');
    expect(error.message).toContain("liste d'attente");
    expect(await checkedInAt(hugo.id)).toBeNull();
    expect(await auditOf(hugo.id)).toEqual([]);

    await db.update(registrations).set({ status: 'cancelled', cancelledAt: now }).where(eq(registrations.id, camille.id));
    await expectAppError(setCheckedIn(camille.id, true, { user: occitanie, now }, db), 'validation_failed');
    expect(await checkedInAt(camille.id)).toBeNull();
  });

  it('[partner Bretagne] is refused an Occitanie registration (not_found) and changes nothing; [anonymous] must sign in', async () => {
    const { ines } = await checkInEvent();
    await expectAppError(setCheckedIn(ines.id, true, { user: bretagne, now }, db), 'not_found');
    await expectAppError(setCheckedIn(ines.id, true, { user: null, now }, db), 'unauthorized');
    await setCheckedIn(ines.id, true, { user: occitanie, now }, db);
    await expectAppError(setCheckedIn(ines.id, false, { user: bretagne, now: later }, db), 'not_found');
    expect((await checkedInAt(ines.id))?.toISOString()).toBe(now.toISOString());
    expect((await auditOf(ines.id)).map((a) => a.userId)).toEqual([occitanie.id]);
  });

  it('an unknown or malformed registration id is not_found', async () => {
    await expectAppError(setCheckedIn('00000000-0000-4000-8000-000000000000', true, { user: national, now }, db), 'not_found');
    await expectAppError(setCheckedIn('pas-un-identifiant', true, { user: national, now }, db), 'not_found');
  });

  it('two desks marking the same person at once: one change, one audit entry', async () => {
    const { ines } = await checkInEvent();
    const results = await Promise.all([setCheckedIn(ines.id, true, { user: occitanie, now }, db), setCheckedIn(ines.id, true, { user: national, now: later }, db)]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(await auditOf(ines.id)).toHaveLength(1);
  });
});

describe('searchForCheckIn and the counts', () => {
  it('finds people by name or e-mail (not by organisation), confirmed first, and counts present / confirmed', async () => {
    const { event, ines, camille, hugo } = await checkInEvent();
    await setCheckedIn(ines.id, true, { user: occitanie, now }, db);
    const found = await searchForCheckIn(event.id, 'moreau', { user: occitanie }, db);
    expect(found.results.map((r) => [r.firstName, r.status])).toEqual([
      ['Inès', 'confirmed'],
      ['Hugo', 'waitlisted'],
    ]);
    expect(found.results[0].checkedInAt?.toISOString()).toBe(now.toISOString());
    expect(found.results[0].choices).not.toEqual({});
    expect(found.counts).toEqual({ present: 1, confirmed: 2 });
    expect(found.truncated).toBe(false);

    expect((await searchForCheckIn(event.id, 'INES moreau', { user: occitanie }, db)).results.map((r) => r.id)).toEqual([ines.id]);
    const [{ email }] = await db.select({ email: registrations.email }).from(registrations).where(eq(registrations.id, camille.id));
    expect((await searchForCheckIn(event.id, email.toUpperCase(), { user: occitanie }, db)).results.map((r) => r.id)).toEqual([camille.id]);
    expect((await searchForCheckIn(event.id, 'Ville de Montpellier', { user: occitanie }, db)).results).toEqual([]);
    expect((await searchForCheckIn(event.id, '   ', { user: occitanie }, db)).results).toEqual([]);
    expect(hugo.status).toBe('waitlisted');

    expect(await checkInCounts(event.id, { user: occitanie }, db)).toEqual({ present: 1, confirmed: 2 });
    await setCheckedIn(camille.id, true, { user: occitanie, now }, db);
    expect(await checkInCounts(event.id, { user: national }, db)).toEqual({ present: 2, confirmed: 2 });
  });

  it('[partner Bretagne] is refused the search, the counts and the registration (not_found)', async () => {
    const { event, ines } = await checkInEvent();
    await expectAppError(searchForCheckIn(event.id, 'moreau', { user: bretagne }, db), 'not_found');
    await expectAppError(checkInCounts(event.id, { user: bretagne }, db), 'not_found');
    await expectAppError(getCheckInRegistration(ines.id, { user: bretagne }, db), 'not_found');
    await expectAppError(searchForCheckIn(event.id, 'moreau', { user: null }, db), 'unauthorized');
  });

  it('getCheckInRegistration gives the person, their ateliers and the event', async () => {
    const { event, slots, ines } = await checkInEvent();
    const found = await getCheckInRegistration(ines.id, { user: occitanie }, db);
    expect(found.event.id).toBe(event.id);
    expect(found.registration).toMatchObject({ id: ines.id, firstName: 'Inès', status: 'confirmed', checkedInAt: null });
    expect(Object.keys(found.registration.choices).sort()).toEqual(slots.map((s) => s.id).sort());
    expect(found.counts).toEqual({ present: 0, confirmed: 2 });
  });
});

describe('the check-in QR code in the e-mails', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('confirmation and promotion e-mails carry the QR code of a signed link to the registration; the waiting list’s does not', async () => {
    vi.stubEnv('AUTH_SECRET', 'secret-de-test-des-qr-codes');
    const { event, slots } = await createEvent(db, { now, regionCode: '76', capacity: 1 });
    const first = await registerAttendee(validInput(slots), { slug: event.slug, now, appUrl }, db);
    const second = await registerAttendee(validInput(slots), { slug: event.slug, now, appUrl }, db);
    expect(second.status).toBe('waitlisted');
    await cancelRegistration(first.token!, { now, appUrl }, db);

    const emails = await db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, second.id)).orderBy(outboundEmails.createdAt);
    const byKind = Object.fromEntries(emails.map((e) => [e.kind, e]));
    expect(byKind.registration_waitlisted.attachments.filter((a) => a.cid)).toEqual([]);
    const promoted = byKind.registration_promoted;
    const [qr] = promoted.attachments.filter((a) => a.cid);
    expect(qr).toMatchObject({ contentType: 'image/png', encoding: 'base64', cid: `qr-${second.id}@tour` });
    expect(promoted.html).toContain(`<img src="cid:qr-${second.id}@tour" alt="QR code d&#39;accueil`);
    const code = new RegExp(`${appUrl}/espace/accueil/(\\S+)`).exec(promoted.text)![1];
    expect(verifyCheckInCode(code)).toBe(second.id);

    const [confirmation] = await db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.registrationId, first.id), eq(outboundEmails.kind, 'registration_confirmed')));
    expect(confirmation.attachments.map((a) => a.contentType)).toEqual([expect.stringMatching(/^text\/calendar/), 'image/png']);
    expect(confirmation.text).toContain(`${appUrl}/espace/accueil/${first.id}.`);
  });
});
