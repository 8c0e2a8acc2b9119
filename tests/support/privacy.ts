// Registrations with personal values only they carry, and everything that is counted about
// them: the privacy tests check that nothing personal is left and every count stays.
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type postgres from 'postgres';
import { expect } from 'vitest';
import type { Database } from '@/db/connect';
import { registrations, type Registration } from '@/db/schema';
import { ANONYMOUS_NAME, anonymousEmail, departmentPart } from '@/lib/privacy/anonymised-values';
import { registerAttendee } from '@/lib/registrations/register';
import { createEvent, uniqueEmail } from './db';
import { validInput } from './registration';

const appUrl = 'http://localhost:3000';
export type Event = Awaited<ReturnType<typeof createEvent>>;

export function privacyFixtures(db: Database, sql: postgres.Sql) {
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
  return { registerAt, rowsOf, countsOf };
}

export type Registered = Awaited<ReturnType<ReturnType<typeof privacyFixtures>['registerAt']>>;

export /** Every personal field of an anonymised row is blank; what the counts need is still there. */
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
