import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AgendaTimeline } from '@/components/agenda-timeline';
import { RegistrationPanel } from '@/components/registration-panel';
import { WorkshopSlots } from '@/components/workshop-slots';
import type { EventDetail } from '@/lib/events/model';
import { getLiveEvent, getPublicEvent, publishedSlugParams } from '@/lib/events/public';
import type { RegistrationState } from '@/lib/events/registration-window';
import { openStreetMapUrl } from '@/lib/events/venue';
import { formatLongDate, formatZonedTimeRange } from '@/lib/time';

type Params = Promise<{ slug: string }>;

// Published events are prerendered; any other slug renders on demand (a draft gives a 404). The
// whole page is one cached view (getLiveEvent): seat counts and the registration box included, so
// a visit costs no rendering, and a shared cache may keep it for PUBLIC_VIEW_LIFE.revalidate seconds.
export function generateStaticParams() {
  return publishedSlugParams();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = await getPublicEvent((await params).slug);
  if (!event) return { title: 'Rencontre introuvable' };
  return { title: `${event.title} · ${formatLongDate(new Date(event.startsAt), event.timeZone)}`, description: event.description.split('\n')[0] };
}

export default async function EventPage({ params }: { params: Params }) {
  const { slug } = await params;
  const live = await getLiveEvent(slug);
  if (!live) notFound();
  const { event, state } = live;
  const starts = new Date(event.startsAt);
  const ends = new Date(event.endsAt);
  return (
    <article className="space-y-10">
      <header>
        <p className="text-sm font-semibold text-corail-700">
          {event.region.name} · édition {event.edition}
        </p>
        <h1 className="mt-1 text-3xl font-bold text-marine-900">{event.title}</h1>
        {event.status === 'cancelled' ? (
          <p className="mt-3 rounded border border-corail-600 bg-corail-50 p-3 font-semibold text-corail-700">
            Cette rencontre est annulée.
          </p>
        ) : null}
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-700">Date</h2>
            <p className="text-lg text-slate-900">
              <time dateTime={event.startsAt}>{formatLongDate(starts, event.timeZone)}</time>
            </p>
            <p className="text-slate-800">{formatZonedTimeRange(starts, ends, event.timeZone)}</p>
          </div>
          <div>
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-700">Lieu</h2>
            <address className="not-italic text-slate-900">
              <span className="text-lg">{event.venue.name}</span>
              <br />
              {event.venue.address}, {event.venue.postcode} {event.venue.city}
            </address>
            <a href={openStreetMapUrl(event.venue)} className="text-sm">
              Voir le lieu sur OpenStreetMap<span className="sr-only"> (site externe)</span>
            </a>
          </div>
        </div>
      </header>

      <RegistrationPanel event={event} state={state} />

      {event.description ? (
        <section aria-labelledby="presentation">
          <h2 id="presentation" className="text-2xl font-bold text-marine-900">
            Présentation
          </h2>
          {event.description.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph} className="mt-3 max-w-3xl whitespace-pre-line text-slate-800">
              {paragraph}
            </p>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="programme">
        <h2 id="programme" className="text-2xl font-bold text-marine-900">
          Programme
        </h2>
        <div className="mt-4">
          <AgendaTimeline agenda={event.agenda} timeZone={event.timeZone} />
        </div>
      </section>

      <Workshops event={event} state={state} />

      {event.speakers.length ? (
        <section aria-labelledby="intervenants">
          <h2 id="intervenants" className="text-2xl font-bold text-marine-900">
            {event.speakers.length > 1 ? 'Intervenants' : 'Intervention'}
          </h2>
          <ul className="mt-3 space-y-3">
            {event.speakers.map((s) => (
              <li key={s.id}>
                <p className="font-semibold text-slate-900">{s.name}</p>
                {s.role ? <p className="text-slate-800">{s.role}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="pratique">
        <h2 id="pratique" className="text-2xl font-bold text-marine-900">
          Informations pratiques
        </h2>
        <ul className="mt-3 space-y-2 text-slate-800">
          <li>{event.lunchProvided ? 'Déjeuner prévu par les organisateurs.' : 'Le déjeuner n’est pas fourni.'}</li>
          {event.accessibilityInfo ? <li>Accessibilité : {event.accessibilityInfo}</li> : null}
          <li>
            Contact : <a href={`mailto:${event.contactEmail}`}>{event.contactEmail}</a>
          </li>
          <li>
            <a href={`/rencontres/${event.slug}/calendrier.ics`} download>
              Ajouter à mon agenda (fichier .ics)
            </a>
          </li>
        </ul>
      </section>
    </article>
  );
}

/** Seats left are shown until the event has taken place. */
function Workshops({ event, state }: { event: EventDetail; state: RegistrationState }) {
  const past = !state.open && state.reason === 'past';
  return (
    <section aria-labelledby="ateliers">
      <h2 id="ateliers" className="text-2xl font-bold text-marine-900">
        Ateliers au choix
      </h2>
      <p className="mt-2 text-slate-800">
        {past ? 'Les ateliers proposés ce jour-là.' : 'À l’inscription, vous choisissez un atelier par créneau.'}
      </p>
      <div className="mt-4">
        <WorkshopSlots agenda={event.agenda} timeZone={event.timeZone} showSeats={!past && event.status !== 'cancelled'} />
      </div>
    </section>
  );
}
