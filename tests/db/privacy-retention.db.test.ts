// The retention period (lib/privacy/retention.ts): nothing personal is left behind, and every
// count stays the same. The events of this file are dated 2002–2004, long before anything the seed
// or the other tests create, and each clock is fixed: the retention run (at 1 March 2004) can only
// reach this file's events.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, manageLinks, outboundEmails } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { setCheckedIn } from '@/lib/checkin/check-in';
import { BLANKED_EMAIL_ERROR, BLANKED_EMAIL_SUBJECT } from '@/lib/privacy/anonymised-values';
import { anonymiseExpiredRegistrations } from '@/lib/privacy/retention';
import { cancelRegistration } from '@/lib/registrations/manage';
import { createEvent, createUser, testDatabase } from '../support/db';
import { expectAnonymised, privacyFixtures, type Event, type Registered } from '../support/privacy';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

const appUrl = 'http://localhost:3000';
const { registerAt, rowsOf, countsOf } = privacyFixtures(db, sql);

let staff: CurrentUser;

beforeAll(async () => {
  staff = (await createUser(db, { role: 'national' })).currentUser;
});

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
    await cancelRegistration(p3.token!, { now: new Date('2002-10-05T08:00:00Z'), appUrl }, db);
    const jeanneA = await registerAt(a, new Date('2002-10-06T08:00:00Z'), { email: jeanne.toUpperCase(), organisationType: 'facilitateur' });
    expect(jeanneA.status).toBe('waitlisted');
    await setCheckedIn(p1.id, true, { user: staff, now: new Date('2002-11-14T08:40:00Z') }, db);
    await setCheckedIn(p4.id, true, { user: staff, now: new Date('2002-11-14T08:45:00Z') }, db);

    const inB = new Date('2003-09-02T08:00:00Z');
    const q1 = await registerAt(b, inB, { organisationType: 'collectivite', postcode: '35000' });
    const q2 = await registerAt(b, inB, { organisationType: 'entreprise', postcode: '29200' });
    const jeanneB = await registerAt(b, inB, { email: jeanne, organisationType: 'facilitateur', postcode: '35700' });
    await cancelRegistration(q2.token!, { now: new Date('2003-09-10T08:00:00Z'), appUrl }, db);
    await setCheckedIn(jeanneB.id, true, { user: staff, now: new Date('2003-10-16T08:30:00Z') }, db);

    const inC = new Date('2004-02-02T08:00:00Z');
    const r1 = await registerAt(c, inC, { postcode: '69003' });
    const r2 = await registerAt(c, inC, { postcode: '69003' });
    await cancelRegistration(r1.token!, { now: new Date('2004-02-03T08:00:00Z'), appUrl }, db);

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
      anonymiseExpiredRegistrations({ now, months: 12, batchSize: 2 }, db),
      anonymiseExpiredRegistrations({ now, months: 12, batchSize: 2 }, db),
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
    const result = await anonymiseExpiredRegistrations({ now: new Date(now.getTime() + 3600_000), months: 12 }, db);
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
