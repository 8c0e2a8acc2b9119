// SQL for registrations: locks, lookups and writes used by lib/registrations and lib/checkin.
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { sendEmailJob } from './jobs';
import { events, manageLinks, outboundEmails, registrations, workshopChoices, type EmailAttachment, type Registration } from '../schema';

/**
 * Locks an event's row for the rest of the transaction. Every change to who holds a seat of that
 * event (register, change, cancel, promote, capacity edits) takes this lock first, so seat counts
 * read afterwards cannot move until commit.
 */
export async function lockEventById(tx: Executor, id: string) {
  const [event] = await tx.select().from(events).where(eq(events.id, id)).for('update');
  return event ?? null;
}

export async function findLiveRegistrationByEmail(tx: Executor, eventId: string, email: string) {
  const [row] = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(eq(registrations.eventId, eventId), sql`lower(${registrations.email}) = lower(${email})`, ne(registrations.status, 'cancelled')),
    );
  return row ?? null;
}

export async function findByIdempotencyKey(tx: Executor, eventId: string, key: string) {
  const [row] = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.idempotencyKey, key)));
  return row ?? null;
}

export async function findChoices(tx: Executor, registrationIds: string[]) {
  if (registrationIds.length === 0) return [];
  return tx
    .select({ registrationId: workshopChoices.registrationId, slotId: workshopChoices.slotId, workshopId: workshopChoices.workshopId })
    .from(workshopChoices)
    .where(inArray(workshopChoices.registrationId, registrationIds));
}

export async function replaceChoices(tx: Executor, registrationId: string, choices: Record<string, string>) {
  await tx.delete(workshopChoices).where(eq(workshopChoices.registrationId, registrationId));
  const values = Object.entries(choices).map(([slotId, workshopId]) => ({ registrationId, slotId, workshopId }));
  if (values.length) await tx.insert(workshopChoices).values(values);
}

/** Waitlisted registrations of an event, oldest first. */
export async function findWaitlisted(tx: Executor, eventId: string): Promise<Registration[]> {
  return tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
}

export async function insertManageLink(tx: Executor, registrationId: string, tokenHash: string) {
  await tx.insert(manageLinks).values({ tokenHash, registrationId });
}

/** The registration a manage link leads to, with its event. */
export async function findByManageTokenHash(tx: Executor, tokenHash: string) {
  const [row] = await tx
    .select({ registration: registrations, event: events })
    .from(manageLinks)
    .innerJoin(registrations, eq(registrations.id, manageLinks.registrationId))
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(manageLinks.tokenHash, tokenHash));
  return row ?? null;
}

export async function findRegistration(tx: Executor, id: string) {
  const [row] = await tx.select().from(registrations).where(eq(registrations.id, id));
  return row ?? null;
}

/** The registration's lunch, after a change through its private link. */
export async function updateLunch(tx: Executor, id: string, lunch: boolean, now: Date) {
  await tx.update(registrations).set({ lunch, updatedAt: now }).where(eq(registrations.id, id));
}

export async function markCancelled(tx: Executor, id: string, now: Date) {
  await tx.update(registrations).set({ status: 'cancelled', cancelledAt: now, updatedAt: now }).where(eq(registrations.id, id));
}

/** A waitlisted registration given a seat. */
export async function markConfirmed(tx: Executor, id: string, now: Date) {
  await tx.update(registrations).set({ status: 'confirmed', updatedAt: now }).where(eq(registrations.id, id));
}

/** Present since `checkedInAt`, or not (null). */
export async function updateCheckedInAt(tx: Executor, id: string, checkedInAt: Date | null, now: Date) {
  await tx.update(registrations).set({ checkedInAt, updatedAt: now }).where(eq(registrations.id, id));
}

const iso = (date: Date) => date.toISOString();

export type NewRegistration = Omit<typeof registrations.$inferInsert, 'id'> & { id: string };

/**
 * A registration with its choices, its manage link, its e-mail and the e-mail's sending job, in one
 * statement: the registration's transaction holds the event's lock for one round trip instead of five.
 */
export async function insertRegistrationWithEmail(
  tx: Executor,
  r: NewRegistration,
  choices: Record<string, string>,
  tokenHash: string,
  email: { kind: string; to: string; subject: string; text: string; html: string; attachments: EmailAttachment[] },
) {
  const choiceRows = Object.entries(choices).map(([slotId, workshopId]) => sql`(${r.id}::uuid, ${slotId}::uuid, ${workshopId}::uuid)`);
  await tx.execute(sql`
    WITH registration AS (
      INSERT INTO ${registrations} (id, event_id, first_name, last_name, email, organisation, organisation_type, job_title,
        postcode, lunch, accessibility_needs, consent_at, status, idempotency_key, idempotency_hash, created_at, updated_at)
      VALUES (${r.id}, ${r.eventId}, ${r.firstName}, ${r.lastName}, ${r.email}, ${r.organisation}, ${r.organisationType},
        ${r.jobTitle ?? ''}, ${r.postcode ?? ''}, ${r.lunch ?? false}, ${r.accessibilityNeeds ?? ''}, ${iso(r.consentAt)}::timestamptz, ${r.status},
        ${r.idempotencyKey ?? null}, ${r.idempotencyHash ?? null}, ${iso(r.createdAt ?? new Date())}::timestamptz, ${iso(r.updatedAt ?? new Date())}::timestamptz)
      RETURNING id
    ),
    choices AS (
      ${choiceRows.length ? sql`INSERT INTO ${workshopChoices} (registration_id, slot_id, workshop_id) VALUES ${sql.join(choiceRows, sql`, `)}` : sql`SELECT 1`}
    ),
    link AS (
      INSERT INTO ${manageLinks} (token_hash, registration_id) SELECT ${tokenHash}, id FROM registration
    ),
    email AS (
      INSERT INTO ${outboundEmails} (kind, "to", subject, text, html, attachments, registration_id)
      SELECT ${email.kind}, ${email.to}, ${email.subject}, ${email.text}, ${email.html}, ${JSON.stringify(email.attachments)}::jsonb, id
      FROM registration
      RETURNING id
    )
    SELECT ${sendEmailJob(sql`email.id`)} AS job_id FROM email`);
}
