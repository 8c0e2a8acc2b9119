// SQL behind the event editor of /espace. Every read of events takes the caller's scope (the
// SQL condition of lib/auth/permissions eventScope), so a partner's query never leaves their regions.
import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { confirmedCount, confirmedInWorkshop } from './seats';
import {
  agendaItems,
  agendaItemSpeakers,
  events,
  partnerRegions,
  regions,
  registrations,
  speakers,
  workshopChoices,
  workshops,
  type NewEvent,
} from '../schema';

const waitlistedCount = sql<number>`count(${registrations.id}) FILTER (WHERE ${registrations.status} = 'waitlisted')::int`;
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

/** An event's programme in time order (position breaks ties). */
export async function findAgendaItems(tx: Executor, eventId: string) {
  return tx
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.eventId, eventId))
    .orderBy(asc(agendaItems.startsAt), asc(agendaItems.position), asc(agendaItems.id));
}

export async function findAgendaItem(tx: Executor, eventId: string, itemId: string) {
  const [item] = await tx
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, eventId)));
  return item ?? null;
}

/** Numbers an event's programme 0, 1, 2… in time order. */
export async function renumberAgenda(tx: Executor, eventId: string) {
  await tx.execute(sql`
    UPDATE ${agendaItems} AS a SET position = r.rn
    FROM (
      SELECT id, (row_number() OVER (ORDER BY starts_at, position, id) - 1)::int AS rn
      FROM ${agendaItems} WHERE event_id = ${eventId}
    ) AS r
    WHERE a.id = r.id AND a.position <> r.rn
  `);
}

/** Registrations (confirmed or waitlisted) whose choices point at this slot or atelier. */
export async function countLiveChoices(tx: Executor, target: { slotId: string } | { workshopId: string }) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(workshopChoices)
    .innerJoin(registrations, eq(registrations.id, workshopChoices.registrationId))
    .where(
      and(
        'slotId' in target ? eq(workshopChoices.slotId, target.slotId) : eq(workshopChoices.workshopId, target.workshopId),
        inArray(registrations.status, ['confirmed', 'waitlisted']),
      ),
    );
  return row.n;
}

/** An event's ateliers with their confirmed seats and live choices. */
export async function findWorkshopsOfEvent(tx: Executor, eventId: string) {
  return tx
    .select({
      id: workshops.id,
      slotId: workshops.slotId,
      code: workshops.code,
      title: workshops.title,
      description: workshops.description,
      room: workshops.room,
      capacity: workshops.capacity,
      taken: confirmedCount,
      waitlisted: waitlistedCount,
    })
    .from(workshops)
    .innerJoin(agendaItems, eq(agendaItems.id, workshops.slotId))
    .leftJoin(workshopChoices, eq(workshopChoices.workshopId, workshops.id))
    .leftJoin(registrations, eq(registrations.id, workshopChoices.registrationId))
    .where(eq(agendaItems.eventId, eventId))
    .groupBy(workshops.id)
    .orderBy(asc(workshops.code));
}

/** One atelier of the event, with its slot; null if it belongs to another event. */
export async function findWorkshop(tx: Executor, eventId: string, workshopId: string) {
  const [row] = await tx
    .select({ workshop: workshops, slot: agendaItems, taken: confirmedInWorkshop(workshops.id) })
    .from(workshops)
    .innerJoin(agendaItems, eq(agendaItems.id, workshops.slotId))
    .where(and(eq(workshops.id, workshopId), eq(agendaItems.eventId, eventId)));
  return row ?? null;
}

export async function findWorkshopCodes(tx: Executor, slotId: string) {
  return tx.select({ id: workshops.id, code: workshops.code }).from(workshops).where(eq(workshops.slotId, slotId));
}

export async function findSpeakersOfEvent(tx: Executor, eventId: string) {
  return tx.select().from(speakers).where(eq(speakers.eventId, eventId)).orderBy(asc(speakers.position), asc(speakers.name));
}

export async function findSpeaker(tx: Executor, eventId: string, speakerId: string) {
  const [row] = await tx
    .select()
    .from(speakers)
    .where(and(eq(speakers.id, speakerId), eq(speakers.eventId, eventId)));
  return row ?? null;
}

/** The links between an event's programme and its speakers. */
export async function findSpeakerLinks(tx: Executor, eventId: string) {
  return tx
    .select({ agendaItemId: agendaItemSpeakers.agendaItemId, speakerId: agendaItemSpeakers.speakerId })
    .from(agendaItemSpeakers)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemSpeakers.agendaItemId))
    .where(eq(agendaItems.eventId, eventId));
}
