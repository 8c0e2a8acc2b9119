// Retention and erasure of personal data (lib/privacy): nothing personal is left behind, and every
// count stays the same. The events of this file are dated 2002–2012, long before anything the seed
// or the other tests create, and each clock is fixed: the retention run (at 1 March 2004) can only
// reach this file's events.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseRegistrations } from '@/db/queries/privacy';
import { auditEntries, manageLinks, outboundEmails, registrations, type Registration } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { eventChanged } from '@/lib/effects';
import { setCheckedIn } from '@/lib/checkin/check-in';
import { ANONYMOUS_NAME, BLANKED_EMAIL_ERROR, BLANKED_EMAIL_SUBJECT, anonymousEmail, departmentPart } from '@/lib/privacy/anonymised-values';
import { erasePerson, findPerson } from '@/lib/privacy/erase-person';
import { anonymiseExpiredRegistrations } from '@/lib/privacy/retention';
import { cancelRegistration } from '@/lib/registrations/manage';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent, createUser, testDatabase, uniqueEmail } from '../support/db';
import { expectAppError } from '../support/manage';
import { validInput } from '../support/registration';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

const appUrl = 'http://localhost:3000';
type Event = Awaited<ReturnType<typeof createEvent>>;

let staff: CurrentUser;
let partner: CurrentUser;

beforeAll(async () => {
  staff = (await createUser(db, { role: 'national' })).currentUser;
  partner = (await createUser(db, { regionCodes: ['76'] })).currentUser;
});

/** A registration with personal values that only it carries, so that any leftover can be found. */
async function registerAt(event: Event, at: Date, overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  const input = validInput(event.slots, {
    firstName: `Prénom${tag}`,
    lastName: `Nom${tag}`,
    email: uniqueEmail(`personne${tag}`),
    organisation: `Organisation ${tag}`,
    jobTitle: `Fonction ${tag}`,
    accessibilityNeeds: `Besoin ${tag}`,
    postcode: '34080',
    idempotencyKey: `cle-${tag}`,
    ...overrides,
  });
  const result = await registerAttendee(input, { slug: event.event.slug, now: at, appUrl }, db);
  return { ...result, input: input as typeof input & { idempotencyKey: string } };
}
type Registered = Awaited<ReturnType<typeof registerAt>>;

const rowsOf = (ids: string[]) => db.select().from(registrations).where(inArray(registrations.id, ids));

/** Everything that is counted about these events' registrations. */
async function countsOf(eventIds: string[]) {
  const [totals] = await sql<Record<string, number>[]>`
    SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
           count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
           count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
           count(*) FILTER (WHERE checked_in_at IS NOT NULL)::int AS checked_in,
           count(*) FILTER (WHERE lunch)::int AS lunch,
           count(DISTINCT person_key)::int AS people,
           count(*) FILTER (WHERE person_key IS NULL)::int AS without_person_key
    FROM registrations WHERE event_id IN ${sql(eventIds)}`;
  const perEventStatus = await sql`
    SELECT event_id, status, count(*)::int AS n FROM registrations WHERE event_id IN ${sql(eventIds)} GROUP BY 1, 2 ORDER BY 1, 2`;
  const perType = await sql`
    SELECT organisation_type, status, count(*)::int AS n FROM registrations WHERE event_id IN ${sql(eventIds)} GROUP BY 1, 2 ORDER BY 1, 2`;
  const perWorkshop = await sql`
    SELECT c.workshop_id, r.status, count(*)::int AS n FROM workshop_choices c JOIN registrations r ON r.id = c.registration_id
    WHERE r.event_id IN ${sql(eventIds)} GROUP BY 1, 2 ORDER BY 1, 2`;
  const postcodes = await db.select({ postcode: registrations.postcode }).from(registrations).where(inArray(registrations.eventId, eventIds));
  const perDepartment: Record<string, number> = {};
  for (const { postcode } of postcodes) perDepartment[departmentPart(postcode)] = (perDepartment[departmentPart(postcode)] ?? 0) + 1;
  return { totals, perEventStatus, perType, perWorkshop, perDepartment };
}

/** Every personal field of an anonymised row is blank; what the counts need is still there. */
function expectAnonymised(row: Registration, original: Registered, now: Date) {
  expect(row).toMatchObject({
    firstName: ANONYMOUS_NAME,
    lastName: ANONYMOUS_NAME,
    email: anonymousEmail(row.id),
    organisation: '',
    jobTitle: '',
    accessibilityNeeds: '',
    postcode: departmentPart(original.input.postcode as string),
    idempotencyKey: null,
    // A hash of the body would let anyone holding the personal data confirm it was registered.
    idempotencyHash: null,
    organisationType: original.input.organisationType,
    lunch: original.input.lunch,
  });
  expect(row.anonymisedAt?.toISOString()).toBe(now.toISOString());
  const text = JSON.stringify(row).toLowerCase();
  for (const value of [original.input.firstName, original.input.lastName, original.input.email, original.input.organisation, original.input.jobTitle, original.input.accessibilityNeeds, original.input.idempotencyKey]) {
    expect(text).not.toContain(String(value).toLowerCase());
  }
}

describe('anonymiseExpiredRegistrations (retention period)', () => {
  // Event A ended more than 12 months before `now`: everything of it is anonymised. Event B
  // ended less than 12 months before: only its cancelled registration is. Event C is ahead:
  // nothing of it, not even its cancelled registration (the person may register again).
  const now = new Date('2004-03-01T10:00:00Z');
  let a: Event, b: Event, c: Event;
  let expired: Registered[];
  let kept: Registered[];
  let before: Awaited<ReturnType<typeof countsOf>>;
  let snapshotOfKept: unknown;
  let keptEmails: unknown;

  beforeAll(async () => {
    a = await createEvent(db, { date: '2002-11-14', now: new Date('2002-10-01T08:00:00Z'), regionCode: '76', capacity: 3 });
    b = await createEvent(db, { date: '2003-10-16', now: new Date('2003-09-01T08:00:00Z'), regionCode: '53', capacity: 10 });
    c = await createEvent(db, { date: '2004-05-13', now: new Date('2004-02-01T08:00:00Z'), regionCode: '84', capacity: 10 });
    // A minute apart, so that "the oldest on the waiting list" is well defined.
    const inA = (minute: number) => new Date(Date.UTC(2002, 9, 2, 8, minute));
    const jeanne = `jeanne.${randomUUID().slice(0, 8)}@test.example.org`;
    const p1 = await registerAt(a, inA(0), { organisationType: 'collectivite', lunch: true });
    const p2 = await registerAt(a, inA(1), { organisationType: 'entreprise', postcode: '97400', lunch: false });
    const p3 = await registerAt(a, inA(2), { organisationType: 'siae', postcode: '20200' });
    const p4 = await registerAt(a, inA(3), { organisationType: 'bailleur_social', postcode: '' });
    const p5 = await registerAt(a, inA(4), { organisationType: 'association', postcode: '75019' });
    expect([p1, p2, p3, p4, p5].map((p) => p.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    // p3 cancels: p4 is promoted (and e-mailed); p5 stays on the waiting list.
    await cancelRegistration(db, p3.token!, { now: new Date('2002-10-05T08:00:00Z'), appUrl });
    const jeanneA = await registerAt(a, new Date('2002-10-06T08:00:00Z'), { email: jeanne.toUpperCase(), organisationType: 'facilitateur' });
    expect(jeanneA.status).toBe('waitlisted');
    await setCheckedIn(db, staff, p1.id, true, new Date('2002-11-14T08:40:00Z'));
    await setCheckedIn(db, staff, p4.id, true, new Date('2002-11-14T08:45:00Z'));

    const inB = new Date('2003-09-02T08:00:00Z');
    const q1 = await registerAt(b, inB, { organisationType: 'collectivite', postcode: '35000' });
    const q2 = await registerAt(b, inB, { organisationType: 'entreprise', postcode: '29200' });
    const jeanneB = await registerAt(b, inB, { email: jeanne, organisationType: 'facilitateur', postcode: '35700' });
    await cancelRegistration(db, q2.token!, { now: new Date('2003-09-10T08:00:00Z'), appUrl });
    await setCheckedIn(db, staff, jeanneB.id, true, new Date('2003-10-16T08:30:00Z'));

    const inC = new Date('2004-02-02T08:00:00Z');
    const r1 = await registerAt(c, inC, { postcode: '69003' });
    const r2 = await registerAt(c, inC, { postcode: '69003' });
    await cancelRegistration(db, r1.token!, { now: new Date('2004-02-03T08:00:00Z'), appUrl });

    expired = [p1, p2, p3, p4, p5, jeanneA, q2];
    kept = [q1, jeanneB, r1, r2];
    before = await countsOf([a.event.id, b.event.id, c.event.id]);
    snapshotOfKept = await rowsOf(kept.map((k) => k.id));
    keptEmails = await db.select().from(outboundEmails).where(inArray(outboundEmails.registrationId, kept.map((k) => k.id)));
    // Every registration got at least one e-mail and one private link: there is something to blank.
    const [links] = await sql<{ n: number }[]>`SELECT count(DISTINCT registration_id)::int AS n FROM manage_links WHERE registration_id IN ${sql(expired.map((e) => e.id))}`;
    expect(links.n).toBe(expired.length);
  });

  it('anonymises the expired registrations, shared between two concurrent runs, each row once', async () => {
    const [first, second] = await Promise.all([
      anonymiseExpiredRegistrations(db, { now, months: 12, batchSize: 2 }),
      anonymiseExpiredRegistrations(db, { now, months: 12, batchSize: 2 }),
    ]);
    expect(first.cutoff.toISOString()).toBe('2003-03-01T10:00:00.000Z');
    expect(first.anonymised + second.anonymised).toBe(expired.length);
    const rows = await rowsOf(expired.map((e) => e.id));
    for (const original of expired) expectAnonymised(rows.find((r) => r.id === original.id)!, original, now);
    // Statuses as they were: two confirmed and present, the promoted one, the waitlisted, the cancelled.
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual(Object.fromEntries(expired.map((e, i) => [e.id, ['confirmed', 'confirmed', 'cancelled', 'confirmed', 'waitlisted', 'waitlisted', 'cancelled'][i]])));
    expect(rows.find((r) => r.id === expired[3].id)!.checkedInAt).not.toBeNull();
    // The department only: 97400 → 974, 20200 → 202, empty stays empty.
    expect(rows.map((r) => [r.id, r.postcode])).toEqual(expect.arrayContaining([[expired[1].id, '974'], [expired[2].id, '202'], [expired[3].id, '']]));
  });

  it('deletes their private links and blanks their e-mails in the outbox', async () => {
    const ids = expired.map((e) => e.id);
    expect(await db.select().from(manageLinks).where(inArray(manageLinks.registrationId, ids))).toEqual([]);
    const emails = await db.select().from(outboundEmails).where(inArray(outboundEmails.registrationId, ids));
    // Confirmation or waiting list for each, the cancellation of p3 and q2, the promotion of p4.
    expect(emails.length).toBe(expired.length + 3);
    for (const email of emails) {
      expect(email).toMatchObject({ to: '', subject: BLANKED_EMAIL_SUBJECT, text: '', html: '', attachments: [], status: 'failed', lastError: BLANKED_EMAIL_ERROR });
    }
    // No address is left in the outbox, whatever the column, but in the e-mails of the registrations
    // kept (Jeanne's address is also that of her registration to event B).
    for (const original of expired) {
      const [row] = await sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM outbound_emails o
        WHERE position(${String(original.input.email).toLowerCase()} in lower(to_jsonb(o)::text)) > 0
          AND (o.registration_id IS NULL OR o.registration_id NOT IN ${sql(kept.map((k) => k.id))})`;
      expect(row.n).toBe(0);
    }
  });

  it('leaves every count as it was: statuses, organisation types, check-ins, ateliers, departments, different people', async () => {
    const after = await countsOf([a.event.id, b.event.id, c.event.id]);
    expect(after).toEqual(before);
    expect(after.totals).toMatchObject({ confirmed: 6, waitlisted: 2, cancelled: 3, checked_in: 3, without_person_key: 0 });
    // Jeanne came to A and B under two spellings of one address: one person among the 10 rows' 10 addresses.
    expect(after.totals.people).toBe(10);
  });

  it('leaves recent and future events alone, their cancelled registrations included until the event has passed', async () => {
    expect(await rowsOf(kept.map((k) => k.id))).toEqual(snapshotOfKept);
    expect(await db.select().from(outboundEmails).where(inArray(outboundEmails.registrationId, kept.map((k) => k.id)))).toEqual(keptEmails);
    const [links] = await sql<{ n: number }[]>`SELECT count(DISTINCT registration_id)::int AS n FROM manage_links WHERE registration_id IN ${sql(kept.map((k) => k.id))}`;
    expect(links.n).toBe(kept.length);
  });

  it('does nothing the second time', async () => {
    const rows = await rowsOf(expired.map((e) => e.id));
    const result = await anonymiseExpiredRegistrations(db, { now: new Date(now.getTime() + 3600_000), months: 12 });
    expect(result.anonymised).toBe(0);
    expect(await rowsOf(expired.map((e) => e.id))).toEqual(rows);
  });

  it('records each batch in the audit trail, naming no one', async () => {
    const entries = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'retention'), eq(auditEntries.entityId, '2003-03-01T10:00:00.000Z')));
    expect(entries.reduce((n, e) => n + Number(e.changes.registrations?.after), 0)).toBe(expired.length);
    const text = JSON.stringify(entries).toLowerCase();
    for (const original of expired) expect(text).not.toContain(String(original.input.email).toLowerCase());
  });
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
    await setCheckedIn(db, staff, lea[1].id, true, new Date('2010-06-10T08:30:00Z'));
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
