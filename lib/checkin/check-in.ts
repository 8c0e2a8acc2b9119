// The welcome desk on the day: find a person by name or e-mail, mark them present or undo, and
// the live count of who is there. Permission 'checkin', within the event's region.
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import { countCheckedIn, findRegistrationRows, findScopedRegistration, type ScopedEvent } from '@/db/queries/registration-list';
import { updateCheckedInAt } from '@/db/queries/registrations';
import { eventScopeSql } from '@/db/queries/scope';
import { registrations } from '@/db/schema';
import type { ActionResult } from '@/lib/action-result';
import { recordAudit } from '@/lib/audit';
import { assertCan, assertCanReachEvent, scopeOf, type CurrentUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { byName, findEventForStaff, withChoices, type RegistrationListRow } from '@/lib/registrations/list';
import { isUuid, searchTerms } from '@/lib/registrations/list-filters';

/** What the check-in form is told. */
export type CheckInState = ActionResult<{ message: string }> | null;

/** Who is at the desk. */
type DeskContext = { user: CurrentUser | null };

export const CHECK_IN_RESULTS_LIMIT = 30;

export type CheckInCounts = { present: number; confirmed: number };

export type CheckInSearch = {
  event: ScopedEvent;
  query: string;
  counts: CheckInCounts;
  results: RegistrationListRow[];
  /** True when more people match than are shown. */
  truncated: boolean;
};

/** Present / confirmed for the event. */
export async function checkInCounts(eventId: string, { user }: DeskContext, db: Executor = pool): Promise<CheckInCounts> {
  const event = await findEventForStaff(db, user, eventId, 'checkin');
  return countCheckedIn(db, event.id, eventScopeSql(scopeOf(user!)));
}

/**
 * People of the event whose name or e-mail holds every word of the query, confirmed ones
 * first. An empty query finds nobody (the desk searches; it does not scroll a list).
 */
export async function searchForCheckIn(eventId: string, query: string, { user }: DeskContext, db: Database = pool): Promise<CheckInSearch> {
  const event = await findEventForStaff(db, user, eventId, 'checkin');
  const scope = eventScopeSql(scopeOf(user!));
  const terms = searchTerms(query);
  const [counts, rows] = await Promise.all([
    countCheckedIn(db, event.id, scope),
    terms.length
      ? findRegistrationRows(db, event.id, scope, {
          terms,
          searchColumns: [registrations.firstName, registrations.lastName, registrations.email],
          limit: CHECK_IN_RESULTS_LIMIT + 1,
        })
      : Promise.resolve([]),
  ]);
  const rank = { confirmed: 0, waitlisted: 1, cancelled: 2 } as const;
  const results = (await withChoices(db, rows.slice(0, CHECK_IN_RESULTS_LIMIT))).sort((a, b) => rank[a.status] - rank[b.status] || byName(a, b));
  return { event, query: query.trim(), counts, results, truncated: rows.length > CHECK_IN_RESULTS_LIMIT };
}

const notFoundRegistration = () => new AppError('not_found', 'Inscription introuvable.');

/** A registration with its event, for the check-in page of the signed QR link. */
export async function getCheckInRegistration(registrationId: string, { user }: DeskContext, db: Database = pool) {
  assertCan(user, 'checkin');
  if (!isUuid(registrationId)) throw notFoundRegistration();
  const row = await findScopedRegistration(db, registrationId, eventScopeSql(scopeOf(user)));
  if (!row) throw notFoundRegistration();
  const event = await findEventForStaff(db, user, row.registration.eventId, 'checkin');
  const [registration] = await withChoices(db, [row.registration]);
  const counts = await countCheckedIn(db, event.id, eventScopeSql(scopeOf(user)));
  return { event, registration, counts };
}

export type SetCheckedInResult = {
  registrationId: string;
  eventId: string;
  name: string;
  checkedInAt: Date | null;
  /** False when it already was in the state asked for (a double click, two desks at once). */
  changed: boolean;
};

/**
 * Marks a confirmed registration present at `now`, or undoes it (present = false). Marking again
 * keeps the first arrival time. Written to the audit trail with the time before and after.
 */
export async function setCheckedIn(
  registrationId: string,
  present: boolean,
  { user, now }: DeskContext & { now: Date },
  db: Database = pool,
): Promise<SetCheckedInResult> {
  assertCan(user, 'checkin');
  if (!isUuid(registrationId)) throw notFoundRegistration();
  return db.transaction(async (tx) => {
    // Row lock: a cancellation or another desk waits for this change, and this one sees theirs.
    const row = await findScopedRegistration(tx, registrationId, eventScopeSql(scopeOf(user)), { lock: true });
    if (!row) throw notFoundRegistration();
    assertCanReachEvent(user, 'checkin', { regionId: row.regionId });
    const r = row.registration;
    const name = `${r.firstName} ${r.lastName}`;
    if (present && r.status !== 'confirmed') {
      throw new AppError(
        'validation_failed',
        r.status === 'waitlisted'
          ? `${name} est sur liste d'attente : seule une inscription confirmée peut être marquée présente.`
          : `L'inscription de ${name} est annulée : seule une inscription confirmée peut être marquée présente.`,
      );
    }
    const base = { registrationId: r.id, eventId: r.eventId, name };
    if (present ? r.checkedInAt !== null : r.checkedInAt === null) return { ...base, checkedInAt: r.checkedInAt, changed: false };
    const checkedInAt = present ? now : null;
    await updateCheckedInAt(tx, r.id, checkedInAt, now);
    await recordAudit(tx, {
      userId: user.id,
      entity: 'registration',
      entityId: r.id,
      eventId: r.eventId,
      action: present ? 'check_in' : 'undo_check_in',
      before: { checkedInAt: r.checkedInAt },
      after: { checkedInAt },
    });
    return { ...base, checkedInAt, changed: true };
  });
}
