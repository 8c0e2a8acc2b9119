// The public JSON API's shapes (docs/api.md), a stable contract.
import { toParisIso } from '@/lib/time';
import type { EventDetail, PublicEvent } from './model';
import { registrationState } from './registration-window';

/** Start and end as ISO 8601 with the offset of the event's zone. */
const zonedTimes = (span: { startsAt: string; endsAt: string }, timeZone: string) => ({
  startsAt: toParisIso(new Date(span.startsAt), timeZone),
  endsAt: toParisIso(new Date(span.endsAt), timeZone),
});

export function toApiEvent(event: PublicEvent, now: Date) {
  return {
    slug: event.slug,
    title: event.title,
    edition: event.edition,
    status: event.status,
    region: event.region,
    timeZone: event.timeZone,
    ...zonedTimes(event, event.timeZone),
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
      ...zonedTimes(item, event.timeZone),
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
