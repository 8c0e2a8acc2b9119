// Plain, serialisable shapes of an event for pages, cache entries and the read API.
import type { EventDetailRows, EventRow } from '@/db/queries/events';
import type { WorkshopSeats } from '@/db/queries/seats';
import type { AgendaKind, EventStatus } from '@/db/schema';

export type { AgendaKind, EventStatus };

export type SpeakerView = { id: string; name: string; role: string; organisation: string };
/** A published practice presented at a plenary item or an atelier ("pratique présentée"). */
export type PresentedPractice = { slug: string; title: string; regionName: string; summary: string };
/** A workshop as the public sees it: its seats left, not who holds them. */
export type WorkshopView = Pick<WorkshopSeats, 'id' | 'code' | 'title' | 'description' | 'room' | 'capacity'> & {
  remaining: number;
  practices?: PresentedPractice[];
};
export type AgendaEntry = {
  id: string;
  kind: AgendaKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  speakers: SpeakerView[];
  workshops?: WorkshopView[];
  /** Practices presented at this item itself (a plenary item; an atelier's are under the atelier). */
  practices?: PresentedPractice[];
};
export type PublicEvent = {
  id: string;
  slug: string;
  title: string;
  edition: number;
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  /** IANA zone of the venue, in which every time of the event is shown. */
  timeZone: string;
  calendarSequence: number;
  region: { code: string; name: string };
  venue: { name: string; address: string; postcode: string; city: string; lat: number | null; lng: number | null };
  description: string;
  contactEmail: string;
  lunchProvided: boolean;
  accessibilityInfo: string;
  capacity: number;
  remaining: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
};
export type EventDetail = PublicEvent & {
  agenda: AgendaEntry[];
  speakers: SpeakerView[];
  /**
   * Every practice linked to the programme, shown or not (an unpublished one is hidden): the cache
   * of the page is tagged with each, so that publishing or unpublishing one refreshes it.
   */
  practiceIds?: string[];
};

/** A practice linked to an item or an atelier, with its status (only published ones are shown). */
export type LinkedPractice = PresentedPractice & { practiceId: string; agendaItemId: string; workshopId: string | null; published: boolean };

export function toPublicEvent(row: EventRow): PublicEvent {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    edition: row.edition,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    calendarSequence: row.calendarSequence,
    region: { code: row.regionCode, name: row.regionName },
    venue: {
      name: row.venueName,
      address: row.venueAddress,
      postcode: row.venuePostcode,
      city: row.venueCity,
      lat: row.venueLat,
      lng: row.venueLng,
    },
    description: row.description,
    contactEmail: row.contactEmail,
    lunchProvided: row.lunchProvided,
    accessibilityInfo: row.accessibilityInfo,
    capacity: row.capacity,
    remaining: Math.max(0, row.capacity - row.confirmed),
    registrationOpensAt: row.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: row.registrationClosesAt?.toISOString() ?? null,
  };
}

const shownAt = (linked: LinkedPractice[], agendaItemId: string, workshopId: string | null): PresentedPractice[] =>
  linked
    .filter((p) => p.published && p.agendaItemId === agendaItemId && p.workshopId === workshopId)
    .map(({ slug, title, regionName, summary }) => ({ slug, title, regionName, summary }));

export function toEventDetail(rows: EventDetailRows, linked: LinkedPractice[] = []): EventDetail {
  const speakerById = new Map(
    rows.speakers.map((s) => [s.id, { id: s.id, name: s.name, role: s.role, organisation: s.organisation }]),
  );
  const agenda: AgendaEntry[] = rows.items.map((item) => {
    const entry: AgendaEntry = {
      id: item.id,
      kind: item.kind,
      title: item.title,
      description: item.description,
      startsAt: item.startsAt.toISOString(),
      endsAt: item.endsAt.toISOString(),
      speakers: rows.speakerLinks
        .filter((l) => l.agendaItemId === item.id)
        .map((l) => speakerById.get(l.speakerId))
        .filter((s): s is SpeakerView => Boolean(s)),
      practices: shownAt(linked, item.id, null),
    };
    if (item.kind === 'workshop_slot') {
      entry.workshops = rows.workshops
        .filter((w) => w.slotId === item.id)
        .map((w) => ({
          id: w.id,
          code: w.code,
          title: w.title,
          description: w.description,
          room: w.room,
          capacity: w.capacity,
          remaining: Math.max(0, w.capacity - w.taken),
          practices: shownAt(linked, item.id, w.id),
        }));
    }
    return entry;
  });
  return {
    ...toPublicEvent(rows.event),
    agenda,
    speakers: [...speakerById.values()],
    practiceIds: [...new Set(linked.map((p) => p.practiceId))],
  };
}
