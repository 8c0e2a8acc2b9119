// SQL for the partner and staff views of registrations: the event (inside the user's scope),
// counts, filtered rows and their workshops (their fill is seats.ts findSeats). Every read takes
// the caller's scope condition (db/queries/scope.ts), so another region's data never leaves the database.
import { and, asc, eq, exists, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../connect';
import { HOLDS_SEAT } from './seats';
import { agendaItems, events, regions, registrations, workshopChoices, workshops, type Registration } from '../schema';

/** The event with that id, if the scope lets the user see it. */
export async function findScopedEvent(tx: Executor, eventId: string, scope: SQL) {
  const [event] = await tx
    .select({
      id: events.id,
      regionId: events.regionId,
      regionName: regions.name,
      slug: events.slug,
      title: events.title,
      status: events.status,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      capacity: events.capacity,
      lunchProvided: events.lunchProvided,
    })
    .from(events)
    .innerJoin(regions, eq(regions.id, events.regionId))
    .where(and(eq(events.id, eventId), scope));
  return event ?? null;
}
export type ScopedEvent = NonNullable<Awaited<ReturnType<typeof findScopedEvent>>>;

/** Counts of the whole event; "checked in" and "lunch" count confirmed registrations only. */
export async function countRegistrations(tx: Executor, eventId: string, scope: SQL) {
  const [row] = await tx
    .select({
      confirmed: sql<number>`count(*) FILTER (WHERE ${HOLDS_SEAT})::int`,
      waitlisted: sql<number>`count(*) FILTER (WHERE ${registrations.status} = 'waitlisted')::int`,
      cancelled: sql<number>`count(*) FILTER (WHERE ${registrations.status} = 'cancelled')::int`,
      checkedIn: sql<number>`count(*) FILTER (WHERE ${HOLDS_SEAT} AND ${registrations.checkedInAt} IS NOT NULL)::int`,
      lunch: sql<number>`count(*) FILTER (WHERE ${HOLDS_SEAT} AND ${registrations.lunch})::int`,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.eventId, eventId), scope));
  return row;
}
export type RegistrationCounts = Awaited<ReturnType<typeof countRegistrations>>;

const ACCENTED = 'áàâäãåéèêëíìîïóòôöõúùûüýÿçñ';
const PLAIN = 'aaaaaaeeeeiiiiooooouuuuyycn';

/** Lower case without accents, the same way as foldSearchTerm: "Inès" and "ines" meet. */
const folded = (column: AnyPgColumn) => sql`translate(lower(${column}), ${ACCENTED}, ${PLAIN})`;

export function foldSearchTerm(term: string): string {
  return [...term.toLowerCase()].map((c) => (ACCENTED.includes(c) ? PLAIN[ACCENTED.indexOf(c)] : c)).join('');
}

/** A term for ILIKE, its wildcards taken literally. */
export function likePattern(term: string): string {
  return `%${foldSearchTerm(term).replace(/[\\%_]/g, '\\$&')}%`;
}

/** Every term found in at least one of the columns (accents and case ignored). */
export function searchCondition(terms: string[], columns: AnyPgColumn[]): SQL | undefined {
  if (terms.length === 0) return undefined;
  return and(...terms.map((term) => or(...columns.map((column) => sql`${folded(column)} ILIKE ${likePattern(term)} ESCAPE '\\'`))));
}

export type RegistrationRowFilters = {
  terms?: string[];
  searchColumns?: AnyPgColumn[];
  status?: Registration['status'];
  workshopId?: string;
  limit?: number;
};

/** Registrations of the event matching the filters (unordered: the caller sorts by name). */
export async function findRegistrationRows(tx: Executor, eventId: string, scope: SQL, filters: RegistrationRowFilters = {}) {
  const query = tx
    .select({ registration: registrations })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(
        eq(registrations.eventId, eventId),
        scope,
        filters.status ? eq(registrations.status, filters.status) : undefined,
        filters.workshopId
          ? exists(
              tx
                .select({ one: sql`1` })
                .from(workshopChoices)
                .where(and(eq(workshopChoices.registrationId, registrations.id), eq(workshopChoices.workshopId, filters.workshopId))),
            )
          : undefined,
        searchCondition(filters.terms ?? [], filters.searchColumns ?? [registrations.firstName, registrations.lastName, registrations.email]),
      ),
    )
    .orderBy(asc(registrations.lastName), asc(registrations.firstName), asc(registrations.createdAt));
  const rows = filters.limit ? await query.limit(filters.limit) : await query;
  return rows.map((r) => r.registration);
}

/** The ateliers chosen by these registrations, one row per (registration, slot). */
export async function findChosenWorkshops(tx: Executor, registrationIds: string[]) {
  if (registrationIds.length === 0) return [];
  return tx
    .select({
      registrationId: workshopChoices.registrationId,
      slotId: workshopChoices.slotId,
      slotStartsAt: agendaItems.startsAt,
      slotEndsAt: agendaItems.endsAt,
      workshopId: workshops.id,
      code: workshops.code,
      title: workshops.title,
      room: workshops.room,
    })
    .from(workshopChoices)
    .innerJoin(workshops, eq(workshops.id, workshopChoices.workshopId))
    .innerJoin(agendaItems, eq(agendaItems.id, workshopChoices.slotId))
    .where(inArray(workshopChoices.registrationId, registrationIds))
    .orderBy(asc(agendaItems.startsAt));
}

/** Present / confirmed of one event. */
export async function countCheckedIn(tx: Executor, eventId: string, scope: SQL) {
  const [row] = await tx
    .select({
      present: sql<number>`count(*) FILTER (WHERE ${isNotNull(registrations.checkedInAt)})::int`,
      confirmed: sql<number>`count(*)::int`,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.eventId, eventId), HOLDS_SEAT, scope));
  return row;
}

/** One registration with its event's region, if the scope lets the user see it; locked for the transaction if asked. */
export async function findScopedRegistration(tx: Executor, registrationId: string, scope: SQL, { lock = false } = {}) {
  const query = tx
    .select({ registration: registrations, regionId: events.regionId })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.id, registrationId), scope));
  const [row] = lock ? await query.for('update', { of: registrations }) : await query;
  return row ?? null;
}
