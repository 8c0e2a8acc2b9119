// Following an event's registrations, for its region's partners and national staff: the rows with
// search and filters, the counts, the fill of each workshop, and the CSV export.
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import {
  countRegistrations,
  findChosenWorkshops,
  findRegistrationRows,
  findScopedEvent,
  type RegistrationCounts,
  type ScopedEvent,
} from '@/db/queries/registration-list';
import { eventScopeSql } from '@/db/queries/scope';
import { findSeats, type SlotWithSeats } from '@/db/queries/seats';
import { registrations, type Registration } from '@/db/schema';
import { assertCan, assertCanReachEvent, scopeOf, type CurrentUser, type Permission } from '@/lib/auth/permissions';
import { registrationsCsv } from '@/lib/exports/registrations-csv';
import { parisDate } from '@/lib/time';
import { isUuid, searchTerms, type RegistrationFilters } from './list-filters';

export type { RegistrationFilters } from './list-filters';

/**
 * The event, read within the user's scope, after the permission check. A malformed id, an
 * unknown one and another region's event all answer not_found: nothing tells them apart.
 */
export async function findEventForStaff(tx: Executor, user: CurrentUser | null, eventId: string, permission: Permission): Promise<ScopedEvent> {
  assertCan(user, permission);
  const event = isUuid(eventId) ? await findScopedEvent(tx, eventId, eventScopeSql(scopeOf(user))) : null;
  // The region read from the database is checked again, independently of the SQL scope.
  assertCanReachEvent(user, permission, event);
  return event!;
}

export type ChosenWorkshop = { workshopId: string; code: string; title: string; room: string };
export type RegistrationListRow = Registration & { choices: Record<string, ChosenWorkshop> };

export type RegistrationList = {
  event: ScopedEvent;
  filters: RegistrationFilters;
  counts: RegistrationCounts;
  /** The workshop slots, each workshop with its seats taken and its waitlisted choices. */
  slots: SlotWithSeats[];
  rows: RegistrationListRow[];
};

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** By last name then first name, in French alphabetical order (É with E). */
export function byName(a: Pick<Registration, 'firstName' | 'lastName'>, b: Pick<Registration, 'firstName' | 'lastName'>) {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);
}

/** Attaches each registration's workshops, keyed by slot id. */
export async function withChoices(tx: Executor, rows: Registration[]): Promise<RegistrationListRow[]> {
  const chosen = await findChosenWorkshops(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    choices: Object.fromEntries(
      chosen
        .filter((c) => c.registrationId === r.id)
        .map((c) => [c.slotId, { workshopId: c.workshopId, code: c.code, title: c.title, room: c.room }]),
    ),
  }));
}

/** Who asks (and, for a file, when). */
export type StaffContext = { user: CurrentUser | null; now?: Date };

async function loadList(db: Database, user: CurrentUser | null, eventId: string, filters: RegistrationFilters, permission: Permission): Promise<RegistrationList> {
  const event = await findEventForStaff(db, user, eventId, permission);
  const scope = eventScopeSql(scopeOf(user!));
  const [counts, seats, rows] = await Promise.all([
    countRegistrations(db, event.id, scope),
    findSeats(db, event.id, { waitlisted: true, scope }),
    findRegistrationRows(db, event.id, scope, {
      terms: searchTerms(filters.search),
      searchColumns: [registrations.firstName, registrations.lastName, registrations.email, registrations.organisation],
      status: filters.status,
      workshopId: filters.workshopId,
    }),
  ]);
  return { event, filters, counts, slots: seats.slots, rows: (await withChoices(db, rows)).sort(byName) };
}

/** The registrations page: permission 'registrations:read' on the event's region. */
export async function listEventRegistrations(
  eventId: string,
  filters: RegistrationFilters,
  ctx: StaffContext,
  db: Database = pool,
): Promise<RegistrationList> {
  return loadList(db, ctx.user, eventId, filters, 'registrations:read');
}

/** The CSV file of the same rows: permission 'registrations:export' on the event's region. */
export async function exportEventRegistrations(
  eventId: string,
  filters: RegistrationFilters,
  ctx: StaffContext & { now: Date },
  db: Database = pool,
): Promise<{ filename: string; csv: string; count: number }> {
  const list = await loadList(db, ctx.user, eventId, filters, 'registrations:export');
  return {
    filename: `inscriptions-${list.event.slug}-${parisDate(ctx.now)}.csv`,
    csv: registrationsCsv(list.slots, list.rows, list.event.timeZone),
    count: list.rows.length,
  };
}
