import { buildCalendar } from '@/lib/ics';
import type { PublicEvent } from './model';

/** The .ics of a public event; `baseUrl` makes the link back to its page absolute. */
export function eventCalendar(event: PublicEvent, baseUrl: string, now: Date): string {
  const page = `${baseUrl}/rencontres/${event.slug}`;
  return buildCalendar(
    {
      uid: `${event.id}@tour-clause-sociale`,
      title: event.title,
      description: `${event.description}\n\nProgramme et inscription : ${page}`,
      startsAt: new Date(event.startsAt),
      endsAt: new Date(event.endsAt),
      location: `${event.venue.name}, ${event.venue.address}, ${event.venue.postcode} ${event.venue.city}`,
      url: page,
      organizerEmail: event.contactEmail,
      cancelled: event.status === 'cancelled',
      timeZone: event.timeZone,
      sequence: event.calendarSequence,
    },
    now,
  );
}
