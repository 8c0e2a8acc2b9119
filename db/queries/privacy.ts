// SQL of personal-data retention and erasure (lib/privacy): which registrations are due, and the
// statements that blank a registration's personal fields and every copy of them (private links,
// outbox). lib/privacy/anonymised-values.ts states the same rules in TypeScript, for tests and pages.
import { and, asc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { events, manageLinks, outboundEmails, rateLimits, regions, registrations } from '../schema';

/** First and last name of an anonymised registration. */
export const ANONYMOUS_NAME = 'Anonyme';
/** The subject left on an outbound e-mail whose content was blanked. */
export const BLANKED_EMAIL_SUBJECT = '(anonymisé)';
/** Why a message still waiting to be sent will never go out. */
export const BLANKED_EMAIL_ERROR = 'Non envoyé : données personnelles effacées.';

/** The personal fields of a registration, blanked; status, organisation type, lunch, check-in, choices and person_key stay. */
function anonymisedValues(now: Date) {
  return {
    firstName: ANONYMOUS_NAME,
    lastName: ANONYMOUS_NAME,
    // anonymousEmail(id) of anonymised-values.ts, computed by the database for each row.
    email: sql`'anonyme-' || ${registrations.id}::text || '@invalid'`,
    organisation: '',
    jobTitle: '',
    accessibilityNeeds: '',
    // departmentPart() of anonymised-values.ts: 3 characters overseas and in Corsica, otherwise 2.
    postcode: sql`CASE WHEN btrim(${registrations.postcode}) ~ '^(97|98|20)' THEN left(btrim(${registrations.postcode}), 3) ELSE left(btrim(${registrations.postcode}), 2) END`,
    // A key chosen by the client may be anything, an address included.
    idempotencyKey: null,
    idempotencyHash: null,
    anonymisedAt: sql`coalesce(${registrations.anonymisedAt}, ${now.toISOString()}::timestamptz)`,
    updatedAt: now,
  };
}

/**
 * Anonymises up to `limit` registrations that are due, and returns their ids: those of events
 * that ended before `cutoff`, and the cancelled ones of events that ended before `now`. Rows
 * another worker holds are skipped (FOR UPDATE SKIP LOCKED), and a row already anonymised is never
 * taken again, so concurrent runs share the work and a second run finds nothing.
 */
export async function anonymiseDueRegistrations(tx: Executor, options: { cutoff: Date; now: Date; limit: number }): Promise<string[]> {
  const due = tx
    .select({ id: registrations.id })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(
        isNull(registrations.anonymisedAt),
        or(lt(events.endsAt, options.cutoff), and(eq(registrations.status, 'cancelled'), lt(events.endsAt, options.now))),
      ),
    )
    .orderBy(asc(registrations.id))
    .limit(options.limit)
    .for('update', { of: registrations, skipLocked: true });
  const rows = await tx
    .update(registrations)
    .set(anonymisedValues(options.now))
    // ARRAY(subquery) is computed once, so the locking subquery is not planned as a semi-join run again.
    .where(and(sql`${registrations.id} = ANY(ARRAY(${due}))`, isNull(registrations.anonymisedAt)))
    .returning({ id: registrations.id });
  return rows.map((r) => r.id);
}

/** Blanks these registrations (anonymised or not yet), and gives them a new person key when one is passed. */
export async function anonymiseRegistrations(tx: Executor, ids: string[], now: Date, personKey?: string) {
  if (ids.length === 0) return;
  await tx
    .update(registrations)
    .set({ ...anonymisedValues(now), ...(personKey ? { personKey } : {}) })
    .where(inArray(registrations.id, ids));
}

export async function deleteManageLinksOf(tx: Executor, registrationIds: string[]) {
  if (registrationIds.length === 0) return;
  await tx.delete(manageLinks).where(inArray(manageLinks.registrationId, registrationIds));
}

/**
 * Blanks the recipient, subject, bodies, attachments and error of the e-mails about these
 * registrations (and, for an erasure, of every e-mail sent to that address). A message still
 * waiting is marked failed: there is no one left to send it to.
 */
export async function blankOutboundEmails(tx: Executor, target: { registrationIds: string[]; address?: string }): Promise<number> {
  const conditions: SQL[] = [];
  if (target.registrationIds.length > 0) conditions.push(inArray(outboundEmails.registrationId, target.registrationIds));
  if (target.address) conditions.push(sql`lower(${outboundEmails.to}) = lower(${target.address})`);
  if (conditions.length === 0) return 0;
  const rows = await tx
    .update(outboundEmails)
    .set({
      to: '',
      subject: BLANKED_EMAIL_SUBJECT,
      text: '',
      html: '',
      attachments: [],
      lastError: sql`CASE WHEN ${outboundEmails.status} = 'pending' THEN ${BLANKED_EMAIL_ERROR} ELSE NULL END`,
      status: sql`CASE WHEN ${outboundEmails.status} = 'pending' THEN 'failed'::email_status ELSE ${outboundEmails.status} END`,
    })
    .where(or(...conditions))
    .returning({ id: outboundEmails.id });
  return rows.length;
}

/** The person key the database gives an address at insert (trigger of migration 0002). */
const personKeyOf = (address: string) => sql`encode(sha256(convert_to(lower(${address}), 'UTF8')), 'hex')`;

/**
 * Every registration of a person, in every event: by address (case-insensitive), and by the
 * person key the address gives, which also finds their registrations anonymised already.
 */
export async function findRegistrationsOfPerson(tx: Executor, address: string, options: { lock?: boolean } = {}) {
  const query = tx
    .select({
      id: registrations.id,
      status: registrations.status,
      checkedInAt: registrations.checkedInAt,
      anonymisedAt: registrations.anonymisedAt,
      createdAt: registrations.createdAt,
      eventId: events.id,
      eventSlug: events.slug,
      eventTitle: events.title,
      eventStatus: events.status,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      regionName: regions.name,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .innerJoin(regions, eq(regions.id, events.regionId))
    .where(or(sql`lower(${registrations.email}) = lower(${address})`, eq(registrations.personKey, personKeyOf(address))))
    .orderBy(asc(events.startsAt), asc(registrations.createdAt), asc(registrations.id));
  return options.lock ? query.for('update', { of: registrations }) : query;
}
export type PersonRegistrationRow = Awaited<ReturnType<typeof findRegistrationsOfPerson>>[number];

/** Locks events in id order (the order every multi-event lock takes, so two never deadlock). */
export async function lockEvents(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(events).where(inArray(events.id, ids)).orderBy(asc(events.id)).for('update');
}

export async function cancelRegistrationsNow(tx: Executor, ids: string[], now: Date) {
  if (ids.length === 0) return;
  await tx
    .update(registrations)
    .set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
    .where(and(inArray(registrations.id, ids), inArray(registrations.status, ['confirmed', 'waitlisted'])));
}

/** Forgets rate-limit counters kept under these keys (they hold an address in clear). */
export async function deleteRateLimitKeys(tx: Executor, keys: string[]) {
  if (keys.length === 0) return;
  await tx.delete(rateLimits).where(inArray(rateLimits.key, keys));
}
