// A person's erasure (lib/privacy/erase-person.ts): nothing personal is left behind, and every
// count stays the same. The events of this file are dated 2009–2012, long before anything the seed
// or the other tests create, and after what the retention test reaches.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseRegistrations } from '@/db/queries/privacy';
import { auditEntries, manageLinks, outboundEmails } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { eventChanged } from '@/lib/effects';
import { setCheckedIn } from '@/lib/checkin/check-in';
import { ANONYMOUS_NAME, anonymousEmail } from '@/lib/privacy/anonymised-values';
import { erasePerson, findPerson } from '@/lib/privacy/erase-person';
import { createEvent, createUser, testDatabase, uniqueEmail } from '../support/db';
import { expectAppError } from '../support/manage';
import { privacyFixtures, type Event, type Registered } from '../support/privacy';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

const appUrl = 'http://localhost:3000';
const { registerAt, rowsOf, countsOf } = privacyFixtures(db, sql);

let staff: CurrentUser;
let partner: CurrentUser;

beforeAll(async () => {
  staff = (await createUser(db, { role: 'national' })).currentUser;
  partner = (await createUser(db, { regionCodes: ['76'] })).currentUser;
});

describe('erasePerson', () => {
  // Léa came to three events: 2009 (already anonymised by the retention period), 2010 and 2011,
  // under two spellings of her address. Someone else came to 2010 too.
  const now = new Date('2011-06-01T10:00:00Z');
  const tag = randomUUID().slice(0, 8);
  const lower = `lea.fontaine.${tag}@test.example.org`;
  const mixed = `Lea.Fontaine.${tag}@Test.Example.ORG`;
  let events: Event[];
  let lea: Registered[];
  let other: Registered;
  let before: Awaited<ReturnType<typeof countsOf>>;

  beforeAll(async () => {
    const e0 = await createEvent(db, { date: '2009-05-14', now: new Date('2009-04-01T08:00:00Z'), regionCode: '93' });
    const e1 = await createEvent(db, { date: '2010-06-10', now: new Date('2010-05-01T08:00:00Z'), regionCode: '28' });
    const e2 = await createEvent(db, { date: '2011-03-17', now: new Date('2011-02-01T08:00:00Z'), regionCode: '44' });
    events = [e0, e1, e2];
    const person = { firstName: 'Léa', lastName: `Fontaine${tag}`, organisation: `PLIE ${tag}`, organisationType: 'facilitateur' };
    lea = [
      await registerAt(e0, new Date('2009-04-02T08:00:00Z'), { ...person, email: lower }),
      await registerAt(e1, new Date('2010-05-02T08:00:00Z'), { ...person, email: mixed }),
      await registerAt(e2, new Date('2011-02-02T08:00:00Z'), { ...person, email: lower }),
    ];
    other = await registerAt(e1, new Date('2010-05-02T08:00:00Z'), { organisationType: 'entreprise' });
    await setCheckedIn(lea[1].id, true, { user: staff, now: new Date('2010-06-10T08:30:00Z') }, db);
    // The 2009 registration as the retention period left it: no address, but the person key.
    await anonymiseRegistrations(db, [lea[0].id], new Date('2010-06-01T00:00:00Z'));
    before = await countsOf(events.map((m) => m.event.id));
  });

  it('[partenaire] cannot look a person up nor erase them; nor can an anonymous visitor', async () => {
    await expectAppError(findPerson(partner, lower, { now }, db), 'forbidden');
    await expectAppError(erasePerson(partner, lower, { now, appUrl }, db), 'forbidden');
    await expectAppError(erasePerson(null, lower, { now, appUrl }, db), 'unauthorized');
    const [row] = await rowsOf([lea[1].id]);
    expect(row.email).toBe(mixed);
  });

  it('[national] finds every registration of the address, whatever its case, the anonymised one included', async () => {
    const found = await findPerson(staff, `  ${mixed.toUpperCase()} `, { now }, db);
    expect(found.email).toBe(mixed.toUpperCase());
    expect(found.registrations.map((r) => r.id)).toEqual(lea.map((l) => l.id));
    expect(found.events).toBe(3);
    expect(found.registrations.map((r) => [r.regionName, r.status, !!r.anonymisedAt, r.upcoming])).toEqual([
      ["Provence-Alpes-Côte d'Azur", 'confirmed', true, false],
      ['Normandie', 'confirmed', false, false],
      ['Grand Est', 'confirmed', false, false],
    ]);
    await expectAppError(findPerson(staff, 'pas-une-adresse', { now }, db), 'validation_failed');
  });

  it('[national] erases them from every event: no trace of the address or the name anywhere, the counts unchanged, one audit entry', async () => {
    const keyBefore = (await rowsOf([lea[1].id]))[0].personKey;
    const result = await erasePerson(staff, mixed, { now, appUrl }, db);
    expect(result).toEqual({ registrations: 3, events: 3, cancelled: 0, promoted: 0, effects: [] });

    const rows = await rowsOf(lea.map((l) => l.id));
    const keys = new Set(rows.map((r) => r.personKey));
    expect(keys.size).toBe(1);
    const [key] = keys;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toBe(keyBefore);
    const [derived] = await sql<{ key: string }[]>`SELECT encode(sha256(convert_to(${lower}, 'UTF8')), 'hex') AS key`;
    expect(keyBefore).toBe(derived.key);
    for (const row of rows) {
      expect(row).toMatchObject({ firstName: ANONYMOUS_NAME, lastName: ANONYMOUS_NAME, email: anonymousEmail(row.id), organisation: '', jobTitle: '', accessibilityNeeds: '', postcode: '34', organisationType: 'facilitateur' });
    }
    expect(rows.find((r) => r.id === lea[1].id)!.checkedInAt).not.toBeNull();

    // The whole of each table, searched as text: the address (any case), the name, the organisation.
    for (const table of ['registrations', 'outbound_emails', 'audit_entries', 'manage_links', 'rate_limits']) {
      for (const needle of [lower, `fontaine${tag}`, `plie ${tag}`, derived.key]) {
        const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM ${sql(table)} t WHERE position(${needle} in lower(to_jsonb(t)::text)) > 0`;
        expect({ table, needle, n: row.n }).toEqual({ table, needle, n: 0 });
      }
    }
    expect(await db.select().from(manageLinks).where(inArray(manageLinks.registrationId, lea.map((l) => l.id)))).toEqual([]);

    // Counts of the three events, different people included, exactly as before.
    expect(await countsOf(events.map((m) => m.event.id))).toEqual(before);

    const audit = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'person'), eq(auditEntries.userId, staff.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'erase', eventId: null });
    expect(audit[0].changes).toEqual({
      registrations: { before: null, after: 3 },
      events: { before: null, after: 3 },
      cancelled: { before: null, after: 0 },
    });

    // Someone else of the same event is untouched; the erased person is nowhere to be found.
    expect((await rowsOf([other.id]))[0].email).toBe(other.input.email);
    await expectAppError(findPerson(staff, lower, { now }, db), 'not_found');
    await expectAppError(erasePerson(staff, lower, { now, appUrl }, db), 'not_found');
  });

  it('[national] cancels a place in an event still to come, promotes the waiting list, and e-mails nothing to the erased person', async () => {
    const upcoming = await createEvent(db, { date: '2012-09-20', now: new Date('2012-05-01T08:00:00Z'), regionCode: '76', capacity: 1 });
    const email = uniqueEmail('efface');
    const erased = await registerAt(upcoming, new Date('2012-05-02T08:00:00Z'), { email });
    const waiting = await registerAt(upcoming, new Date('2012-05-02T09:00:00Z'));
    expect([erased.status, waiting.status]).toEqual(['confirmed', 'waitlisted']);
    const result = await erasePerson(staff, email, { now: new Date('2012-06-01T08:00:00Z'), appUrl }, db);
    expect(result).toEqual({ registrations: 1, events: 1, cancelled: 1, promoted: 1, effects: [eventChanged(upcoming.event.slug)] });
    const [row, promoted] = [(await rowsOf([erased.id]))[0], (await rowsOf([waiting.id]))[0]];
    expect(row).toMatchObject({ status: 'cancelled', firstName: ANONYMOUS_NAME, email: anonymousEmail(erased.id) });
    expect(promoted.status).toBe('confirmed');
    const mails = await db.select().from(outboundEmails).where(inArray(outboundEmails.registrationId, [erased.id, waiting.id]));
    expect(mails.filter((m) => m.registrationId === waiting.id).map((m) => m.kind).sort()).toEqual(['registration_promoted', 'registration_waitlisted']);
    // The erased person's only e-mail (the confirmation, not yet sent) is blanked and will not go out.
    expect(mails.filter((m) => m.registrationId === erased.id).map((m) => [m.kind, m.to, m.status])).toEqual([['registration_confirmed', '', 'failed']]);
  });
});
