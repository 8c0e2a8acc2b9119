// The public JSON API's shapes (README: "API de lecture"), a stable contract.
import { toParisIso } from '@/lib/time';
import type { EventDetail, PublicEvent } from './model';
import { registrationState } from './registration-window';

export function toApiEvent(event: PublicEvent, now: Date) {
  return {
    slug: event.slug,
    title: event.title,
    edition: event.edition,
    status: event.status,
    region: event.region,
    timeZone: event.timeZone,
    startsAt: toParisIso(new Date(event.startsAt), event.timeZone),
    endsAt: toParisIso(new Date(event.endsAt), event.timeZone),
    venue: { name: event.venue.name, address: event.venue.address, postcode: event.venue.postcode, city: event.venue.city },
    registration: {
      open: registrationState(event, now).open,
      opensAt: event.registrationOpensAt && toParisIso(new Date(event.registrationOpensAt), event.timeZone),
      closesAt: event.registrationClosesAt && toParisIso(new Date(event.registrationClosesAt), event.timeZone),
      capacity: event.capacity,
      remaining: event.remaining,
    },
  };
}

export function toApiEventDetail(event: EventDetail, now: Date) {
  return {
    ...toApiEvent(event, now),
    description: event.description,
    contactEmail: event.contactEmail,
    lunchProvided: event.lunchProvided,
    accessibilityInfo: event.accessibilityInfo,
    agenda: event.agenda.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      description: item.description,
      startsAt: toParisIso(new Date(item.startsAt), event.timeZone),
      endsAt: toParisIso(new Date(item.endsAt), event.timeZone),
      speakers: item.speakers.map(({ name, role, organisation }) => ({ name, role, organisation })),
      ...(item.workshops
        ? {
            workshops: item.workshops.map(({ id, code, title, room, capacity, remaining }) => ({
              id,
              code,
              title,
              room,
              capacity,
              remaining,
            })),
          }
        : {}),
    })),
  };
}
