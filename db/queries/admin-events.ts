// SQL of the national console's events page and tour-wide export: every event of every edition,
// counted by the database (one GROUP BY, no loop over registrations), with the page's filters.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { confirmedCount, HOLDS_SEAT } from './seats';
import { agendaItems, events, regions, registrations, workshopChoices, workshops, type EventStatus, type Registration } from '../schema';

export type TourEventConditions = { edition?: number; regionCode?: string; status?: EventStatus };

function eventConditions(filters: TourEventConditions): SQL | undefined {
  return and(
    filters.edition !== undefined ? eq(events.edition, filters.edition) : undefined,
    filters.regionCode ? eq(regions.code, filters.regionCode) : undefined,
    filters.status ? eq(events.status, filters.status) : undefined,
  );
}

const confirmed = confirmedCount;
const waitlisted = sql<number>`count(${registrations.id}) FILTER (WHERE ${registrations.status} = 'waitlisted')::int`;
const cancelled = sql<number>`count(${registrations.id}) FILTER (WHERE ${registrations.status} = 'cancelled')::int`;
const checkedIn = sql<number>`count(${registrations.id}) FILTER (WHERE ${HOLDS_SEAT} AND ${registrations.checkedInAt} IS NOT NULL)::int`;
/** An event that took place (published, begun): only then does a check-in rate mean something. */
const held = (now: Date) => sql<boolean>`(${events.status} = 'published' AND ${events.startsAt} <= ${now.toISOString()}::timestamptz)`;

/** The events matching the filters, newest first, each with its registrations counted by status. */
export async function findTourEvents(tx: Executor, filters: TourEventConditions, now: Date) {
  return tx
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      edition: events.edition,
      status: events.status,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      venueCity: events.venueCity,
      capacity: events.capacity,
      regionCode: regions.code,
      regionName: regions.name,
      held: held(now),
      confirmed,
      waitlisted,
      cancelled,
      checkedIn,
    })
    .from(events)
    .innerJoin(regions, eq(regions.id, events.regionId))
    .leftJoin(registrations, eq(registrations.eventId, events.id))
    .where(eventConditions(filters))
    .groupBy(events.id, regions.id)
    .orderBy(desc(events.startsAt), asc(events.title), asc(events.id));
}

/**
 * The totals of the same events, summed by the database over the per-event counts. The
 * check-in counts only take the events that took place (`heldConfirmed` is their confirmed).
 */
export async function sumTourEvents(tx: Executor, filters: TourEventConditions, now: Date) {
  const perEvent = tx
    .select({
      capacity: events.capacity,
      held: held(now).as('held'),
      confirmed: confirmed.as('confirmed'),
      waitlisted: waitlisted.as('waitlisted'),
      cancelled: cancelled.as('cancelled'),
      checkedIn: checkedIn.as('checked_in'),
    })
    .from(events)
    .innerJoin(regions, eq(regions.id, events.regionId))
    .leftJoin(registrations, eq(registrations.eventId, events.id))
    .where(eventConditions(filters))
    .groupBy(events.id)
    .as('per_event');
  const [row] = await tx
    .select({
      events: sql<number>`count(*)::int`,
      capacity: sql<number>`coalesce(sum(${perEvent.capacity}), 0)::int`,
      confirmed: sql<number>`coalesce(sum(${perEvent.confirmed}), 0)::int`,
      waitlisted: sql<number>`coalesce(sum(${perEvent.waitlisted}), 0)::int`,
      cancelled: sql<number>`coalesce(sum(${perEvent.cancelled}), 0)::int`,
      heldEvents: sql<number>`count(*) FILTER (WHERE ${perEvent.held})::int`,
      heldConfirmed: sql<number>`coalesce(sum(${perEvent.confirmed}) FILTER (WHERE ${perEvent.held}), 0)::int`,
      checkedIn: sql<number>`coalesce(sum(${perEvent.checkedIn}) FILTER (WHERE ${perEvent.held}), 0)::int`,
    })
    .from(perEvent);
  return row;
}

/** Every edition that has an event, newest first. */
export async function findEditions(tx: Executor): Promise<number[]> {
  const rows = await tx.select({ edition: events.edition }).from(events).groupBy(events.edition).orderBy(desc(events.edition));
  return rows.map((r) => r.edition);
}

export type TourRegistrationConditions = TourEventConditions & { registrationStatus?: Registration['status'] };

function registrationConditions(filters: TourRegistrationConditions): SQL | undefined {
  return and(eventConditions(filters), filters.registrationStatus ? eq(registrations.status, filters.registrationStatus) : undefined);
}

/** The registrations of the matching events, event by event (oldest first). */
export async function findTourRegistrationRows(tx: Executor, filters: TourRegistrationConditions) {
  return tx
    .select({
      registration: registrations,
      eventTitle: events.title,
      eventStartsAt: events.startsAt,
      eventTimeZone: events.timeZone,
      regionName: regions.name,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .innerJoin(regions, eq(regions.id, events.regionId))
    .where(registrationConditions(filters))
    .orderBy(asc(events.startsAt), asc(events.title), asc(events.id), asc(registrations.lastName), asc(registrations.firstName), asc(registrations.id));
}

/** The workshop slots of the matching events, each numbered 1, 2… in time order within its event. */
function rankedSlots(tx: Executor, filters: TourEventConditions) {
  return tx
    .select({
      id: agendaItems.id,
      eventId: agendaItems.eventId,
      position: sql<number>`row_number() OVER (PARTITION BY ${agendaItems.eventId} ORDER BY ${agendaItems.startsAt}, ${agendaItems.position}, ${agendaItems.id})::int`.as(
        'slot_position',
      ),
    })
    .from(agendaItems)
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .innerJoin(regions, eq(regions.id, events.regionId))
    .where(and(eq(agendaItems.kind, 'workshop_slot'), eventConditions(filters)))
    .as('ranked_slots');
}

/** The ateliers chosen in the matching registrations, with the position of their slot in the event. */
export async function findTourChoices(tx: Executor, filters: TourRegistrationConditions) {
  const slots = rankedSlots(tx, filters);
  return tx
    .select({ registrationId: workshopChoices.registrationId, slotPosition: slots.position, code: workshops.code, title: workshops.title })
    .from(workshopChoices)
    .innerJoin(slots, eq(slots.id, workshopChoices.slotId))
    .innerJoin(workshops, eq(workshops.id, workshopChoices.workshopId))
    .innerJoin(registrations, eq(registrations.id, workshopChoices.registrationId))
    .where(filters.registrationStatus ? eq(registrations.status, filters.registrationStatus) : undefined);
}

/** The largest number of workshop slots among the matching events (0 when none has any). */
export async function countMostSlots(tx: Executor, filters: TourEventConditions): Promise<number> {
  const slots = rankedSlots(tx, filters);
  const [row] = await tx.select({ n: sql<number>`coalesce(max(${slots.position}), 0)::int` }).from(slots);
  return row.n;
}
