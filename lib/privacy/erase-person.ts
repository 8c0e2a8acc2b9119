// A person's right to erasure: national staff find someone by e-mail and erase them from every
// event. Their registrations keep what the counts need (status, organisation type, lunch,
// check-in, ateliers, department) but lose everything that identifies them, and their person key
// becomes a fresh random value shared by their rows: the number of different people stays the
// same, yet nothing leads back to the address any more. The audit trail records that an erasure
// took place, how many registrations and events it touched, and nothing of the person.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '@/db/connect';
import {
  anonymiseRegistrations,
  blankOutboundEmails,
  cancelRegistrationsNow,
  deleteManageLinksOf,
  deleteRateLimitKeys,
  findRegistrationsOfPerson,
  lockEvents,
  type PersonRegistrationRow,
} from '@/db/queries/privacy';

import { recordAudit } from '@/lib/audit';
import { assertCanInConsole, type CurrentUser } from '@/lib/auth/permissions';
import { appUrl as defaultAppUrl } from '@/lib/config';
import { eventChanged, type Effect } from '@/lib/effects';
import { AppError } from '@/lib/errors';
import { promoteAfterNewSeats } from '@/lib/events/manage/promotions';
import { registrationLimits } from '@/lib/rate-limit';
import { fieldErrors } from '@/lib/registrations/schema';
import { findPersonSchema } from './person-schema';
import { db as pool } from '@/db';

export type PersonRegistration = Pick<
  PersonRegistrationRow,
  'id' | 'status' | 'checkedInAt' | 'anonymisedAt' | 'eventId' | 'eventSlug' | 'eventTitle' | 'eventStatus' | 'startsAt' | 'endsAt' | 'regionName'
> & {
  /** Confirmed or waitlisted for a published event that has not begun: erasing cancels it. */
  upcoming: boolean;
};

export type PersonRecord = { email: string; registrations: PersonRegistration[]; events: number };

export const PERSON_NOT_FOUND = 'Aucune inscription n’est enregistrée pour cette adresse.';

/** Who may look people up and erase them: national staff, who manage the accounts too. */
export function assertCanManagePeople(user: CurrentUser | null): asserts user is CurrentUser {
  assertCanInConsole(user, 'accounts:manage');
}

function parseEmail(email: unknown): string {
  const parsed = findPersonSchema.safeParse({ email });
  if (!parsed.success) throw new AppError('validation_failed', 'Certaines informations sont à corriger.', fieldErrors(parsed.error));
  return parsed.data.email;
}

const isUpcoming = (row: PersonRegistrationRow, now: Date) =>
  (row.status === 'confirmed' || row.status === 'waitlisted') && row.eventStatus === 'published' && now < row.startsAt;

function toRecord(email: string, rows: PersonRegistrationRow[], now: Date): PersonRecord {
  return {
    email,
    registrations: rows.map((row) => ({
      id: row.id,
      status: row.status,
      checkedInAt: row.checkedInAt,
      anonymisedAt: row.anonymisedAt,
      eventId: row.eventId,
      eventSlug: row.eventSlug,
      eventTitle: row.eventTitle,
      eventStatus: row.eventStatus,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      regionName: row.regionName,
      upcoming: isUpcoming(row, now),
    })),
    events: new Set(rows.map((r) => r.eventId)).size,
  };
}

/** A person's registrations in every event (case-insensitive address), oldest event first; not_found when none. */
export async function findPerson(user: CurrentUser | null, email: unknown, ctx: { now: Date }, db: Database = pool): Promise<PersonRecord> {
  assertCanManagePeople(user);
  const address = parseEmail(email);
  const rows = await findRegistrationsOfPerson(db, address);
  if (rows.length === 0) throw new AppError('not_found', PERSON_NOT_FOUND);
  return toRecord(address, rows, ctx.now);
}

export type ErasureResult = {
  registrations: number;
  events: number;
  /** Live registrations of events still to come, cancelled by the erasure. */
  cancelled: number;
  /** Waitlisted people confirmed in the seats freed, told by e-mail. */
  promoted: number;
  /** The events whose public seat counts changed, to refresh after the commit. */
  effects: Effect[];
};

/**
 * Erases a person from every event, in one transaction. A live registration for an event that
 * has not begun is cancelled first (its seat goes to the waiting list, no e-mail goes to the
 * erased person): nobody could be welcomed or written to under a blank name. Past events keep
 * their counts exactly.
 */
export async function erasePerson(
  user: CurrentUser | null,
  email: unknown,
  ctx: { now: Date; appUrl?: string },
  db: Database = pool,
): Promise<ErasureResult> {
  assertCanManagePeople(user);
  const address = parseEmail(email);
  const appUrl = ctx.appUrl ?? defaultAppUrl();
  return db.transaction(async (tx) => {
    // Events before registrations, as every seat change does: lock the events whose seats
    // change, then the person's rows, and look again in case something changed meanwhile.
    const seen = await findRegistrationsOfPerson(tx, address);
    if (seen.length === 0) throw new AppError('not_found', PERSON_NOT_FOUND);
    const locked = new Map((await lockEvents(tx, [...new Set(seen.filter((r) => isUpcoming(r, ctx.now)).map((r) => r.eventId))])).map((e) => [e.id, e]));
    const rows = await findRegistrationsOfPerson(tx, address, { lock: true });
    if (rows.length === 0) throw new AppError('not_found', PERSON_NOT_FOUND);
    const upcoming = rows.filter((r) => isUpcoming(r, ctx.now));
    const missing = [...new Set(upcoming.map((r) => r.eventId))].filter((id) => !locked.has(id));
    for (const event of await lockEvents(tx, missing)) locked.set(event.id, event);

    await cancelRegistrationsNow(tx, upcoming.map((r) => r.id), ctx.now);
    const ids = rows.map((r) => r.id);
    // 32 random bytes in hex: the same shape as the keys derived from addresses, linked to nothing.
    await anonymiseRegistrations(tx, ids, ctx.now, randomBytes(32).toString('hex'));
    await deleteManageLinksOf(tx, ids);
    await blankOutboundEmails(tx, { registrationIds: ids, address });
    await deleteRateLimitKeys(tx, [`${registrationLimits().perEmail.name}:${address.toLowerCase()}`]);

    let promoted = 0;
    const seatsFreed = new Set(upcoming.filter((r) => r.status === 'confirmed').map((r) => r.eventId));
    for (const eventId of seatsFreed) {
      promoted += (await promoteAfterNewSeats(tx, locked.get(eventId)!, user.id, { now: ctx.now, appUrl })).length;
    }

    const events = new Set(rows.map((r) => r.eventId)).size;
    await recordAudit(tx, {
      userId: user.id,
      entity: 'person',
      // A fresh id: the entry must not lead back to the person, not even through a hash.
      entityId: randomUUID(),
      action: 'erase',
      after: { registrations: rows.length, events, cancelled: upcoming.length },
    });
    const effects = [...new Set(upcoming.map((r) => r.eventSlug))].map(eventChanged);
    return { registrations: rows.length, events, cancelled: upcoming.length, promoted, effects };
  });
}
