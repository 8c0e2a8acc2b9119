// Reads of events for the public pages, the read API and registrations, with live seat counts.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connect';
import { confirmedInEvent, findSeats } from './seats';
import { agendaItems, agendaItemSpeakers, events, regions, speakers, type Event } from '../schema';

const confirmedCount = confirmedInEvent(events.id);

const eventColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  edition: events.edition,
  status: events.status,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  calendarSequence: events.calendarSequence,
  venueName: events.venueName,
  venueAddress: events.venueAddress,
  venuePostcode: events.venuePostcode,
  venueCity: events.venueCity,
  venueLat: events.venueLat,
  venueLng: events.venueLng,
  description: events.description,
  capacity: events.capacity,
  registrationOpensAt: events.registrationOpensAt,
  registrationClosesAt: events.registrationClosesAt,
  contactEmail: events.contactEmail,
  lunchProvided: events.lunchProvided,
  accessibilityInfo: events.accessibilityInfo,
  regionCode: regions.code,
  regionName: regions.name,
  confirmed: confirmedCount,
};

export type EventRow = Awaited<ReturnType<typeof findPublicEvents>>[number];

/** Published events, oldest first, with their confirmed count. */
export async function findPublicEvents(tx: Executor) {
  return tx
    .select(eventColumns)
    .from(events)
    .innerJoin(regions, eq(regions.id, events.regionId))
    .where(eq(events.status, 'published'))
    .orderBy(asc(events.startsAt));
}

/** An event that the public may see (published or cancelled), with its whole programme. */
export async function findPublicEventBySlug(tx: Executor, slug: string) {
  const [event] = await tx
    .select(eventColumns)
    .from(events)
    .innerJoin(regions, eq(regions.id, events.regionId))
    .where(and(eq(events.slug, slug), inArray(events.status, ['published', 'cancelled'])));
  if (!event) return null;

  const [items, seats, speakerRows] = await Promise.all([
    tx.select().from(agendaItems).where(eq(agendaItems.eventId, event.id)).orderBy(asc(agendaItems.startsAt), asc(agendaItems.position)),
    findSeats(tx, event.id),
    tx.select().from(speakers).where(eq(speakers.eventId, event.id)).orderBy(asc(speakers.position), asc(speakers.name)),
  ]);
  const workshopRows = seats.slots.flatMap((slot) => slot.workshops.map((w) => ({ ...w, slotId: slot.id })));
  const links = items.length
    ? await tx
        .select()
        .from(agendaItemSpeakers)
        .where(inArray(agendaItemSpeakers.agendaItemId, items.map((i) => i.id)))
    : [];
  return { event, items, workshops: workshopRows, speakers: speakerRows, speakerLinks: links };
}

export type EventDetailRows = NonNullable<Awaited<ReturnType<typeof findPublicEventBySlug>>>;

/** Any event by its slug, drafts included (the caller decides what a draft means). */
export async function findEventBySlug(tx: Executor, slug: string): Promise<Event | null> {
  const [event] = await tx.select().from(events).where(eq(events.slug, slug));
  return event ?? null;
}
