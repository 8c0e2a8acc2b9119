// SQL behind the event editor of /espace. Every read of events takes the caller's scope (the
// SQL condition of lib/auth/permissions eventScope), so a partner's query never leaves their regions.
import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { confirmedCount } from './seats';
import {
  agendaItems,
  events,
  partnerRegions,
  regions,
  registrations,
  workshopChoices,
  workshops,
  type NewEvent,
} from '../schema';

/** Waitlisted registrations among the rows grouped by the query (a left join on registrations). */
export const waitlistedCount = sql<number>`count(${registrations.id}) FILTER (WHERE ${registrations.status} = 'waitlisted')::int`;
const cancelledCount = sql<number>`count(${registrations.id}) FILTER (WHERE ${registrations.status} = 'cancelled')::int`;

/** The events within `scope`, any status, newest first, with their registration counts. */
export async function findManagedEvents(tx: Executor, scope: SQL) {
  return tx
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      status: events.status,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      venueCity: events.venueCity,
      capacity: events.capacity,
      regionCode: regions.code,
      regionName: regions.name,
      confirmed: confirmedCount,
      waitlisted: waitlistedCount,
    })
    .from(events)
    .innerJoin(regions, eq(regions.id, events.regionId))
    .leftJoin(registrations, eq(registrations.eventId, events.id))
    .where(scope)
    .groupBy(events.id, regions.id)
    .orderBy(desc(events.startsAt), asc(events.title));
}

/** Every atelier of the events within `scope`, with the confirmed choices it holds. */
export async function findManagedWorkshopFill(tx: Executor, scope: SQL) {
  return tx
    .select({
      eventId: agendaItems.eventId,
      slotId: agendaItems.id,
      slotStartsAt: agendaItems.startsAt,
      id: workshops.id,
      code: workshops.code,
      title: workshops.title,
      capacity: workshops.capacity,
      taken: confirmedCount,
    })
    .from(workshops)
    .innerJoin(agendaItems, eq(agendaItems.id, workshops.slotId))
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .leftJoin(workshopChoices, eq(workshopChoices.workshopId, workshops.id))
    .leftJoin(registrations, eq(registrations.id, workshopChoices.registrationId))
    .where(scope)
    .groupBy(workshops.id, agendaItems.id)
    .orderBy(asc(agendaItems.startsAt), asc(workshops.code));
}

/** One event within `scope`, optionally locked (SELECT … FOR UPDATE) for the transaction. */
export async function findScopedEvent(tx: Executor, id: string, scope: SQL, options: { lock?: boolean } = {}) {
  const query = tx.select().from(events).where(and(eq(events.id, id), scope));
  const [event] = options.lock ? await query.for('update') : await query;
  return event ?? null;
}

export async function findRegion(tx: Executor, id: number) {
  const [region] = await tx.select().from(regions).where(eq(regions.id, id));
  return region ?? null;
}

/** The regions a user may create events in: all of them (userId null), or a partner's own. */
export async function findRegionsOf(tx: Executor, userId: string | null) {
  const query = tx.select({ id: regions.id, code: regions.code, name: regions.name }).from(regions);
  const scoped = userId
    ? query.where(inArray(regions.id, sql`(SELECT ${partnerRegions.regionId} FROM ${partnerRegions} WHERE ${partnerRegions.userId} = ${userId})`))
    : query;
  return scoped.orderBy(asc(regions.overseas), asc(regions.name));
}

export async function countRegistrationsByStatus(tx: Executor, eventId: string) {
  const [row] = await tx
    .select({ confirmed: confirmedCount, waitlisted: waitlistedCount, cancelled: cancelledCount })
    .from(registrations)
    .where(eq(registrations.eventId, eventId));
  return row;
}

/** Confirmed and waitlisted registrations of an event, oldest first. */
export async function findLiveRegistrationIds(tx: Executor, eventId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, ['confirmed', 'waitlisted'])))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  return rows.map((r) => r.id);
}

/**
 * Inserts an event under the first free slug among `base`, `base-2`, `base-3`… A slug taken
 * meanwhile by another transaction is skipped (ON CONFLICT DO NOTHING), never an error.
 */
export async function insertEventWithFreeSlug(tx: Executor, base: string, values: Omit<NewEvent, 'slug'>) {
  const taken = new Set(
    (await tx.select({ slug: events.slug }).from(events).where(or(eq(events.slug, base), like(events.slug, `${base}-%`)))).map(
      (r) => r.slug,
    ),
  );
  for (let n = 1; n < 10_000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (taken.has(slug)) continue;
    const [row] = await tx.insert(events).values({ ...values, slug }).onConflictDoNothing({ target: events.slug }).returning();
    if (row) return row;
  }
  throw new Error(`No free slug for ${base}`);
}
