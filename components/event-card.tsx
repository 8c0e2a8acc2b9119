import Link from 'next/link';
import type { PublicEvent } from '@/lib/events/model';
import { formatLongDate, formatZonedTimeRange } from '@/lib/time';

export function EventCard({ event, past }: { event: PublicEvent; past: boolean }) {
  const starts = new Date(event.startsAt);
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-sm font-semibold text-corail-700">
        {event.region.name} · édition {event.edition}
      </p>
      <h3 className="mt-1 text-lg font-bold text-marine-900">
        <Link href={`/rencontres/${event.slug}`} className="text-marine-900 hover:underline">
          {event.title}
        </Link>
      </h3>
      <p className="mt-2 text-slate-800">
        <time dateTime={event.startsAt}>{formatLongDate(starts, event.timeZone)}</time>, {formatZonedTimeRange(starts, new Date(event.endsAt), event.timeZone)}
      </p>
      <p className="text-slate-700">
        {event.venue.name}, {event.venue.city}
      </p>
      <p className="mt-auto pt-3 text-sm">
        {past ? (
          <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">Rencontre passée</span>
        ) : event.remaining > 0 ? (
          <span className="rounded bg-marine-50 px-2 py-0.5 text-marine-800">
            {event.remaining} {event.remaining > 1 ? 'places restantes' : 'place restante'}
          </span>
        ) : (
          <span className="rounded bg-corail-50 px-2 py-0.5 text-corail-700">Complet : liste d&apos;attente</span>
        )}
      </p>
    </article>
  );
}

export function EventList({ events, now, emptyText }: { events: PublicEvent[]; now: Date; emptyText: string }) {
  if (events.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {events.map((event) => (
        <li key={event.id}>
          <EventCard event={event} past={now >= new Date(event.endsAt)} />
        </li>
      ))}
    </ul>
  );
}
