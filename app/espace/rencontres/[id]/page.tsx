import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ActionButton } from '@/components/espace/action-button';
import { CancelEventForm } from '@/components/espace/cancel-event-form';
import { EventDetailsForm } from '@/components/espace/event-details-form';
import { primaryButton, secondaryButton } from '@/components/espace/form-status';
import { Section } from '@/components/espace/section';
import { StatusBadge } from '@/components/espace/status-badge';
import { toEventFormValues } from '@/lib/events/manage/update-event-schema';
import { formatLongDate, formatZonedTimeRange } from '@/lib/time';
import { cancelEventAction, publishEventAction, unpublishEventAction, updateEventAction } from './actions';
import { loadManagedEvent } from './load';

export const metadata: Metadata = { title: 'Rencontre' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Its own boundary, so that moving between the pages of /espace never waits for the database.
export default function ManagedEventPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement de la rencontre…</p>}>
      <ManagedEventDetails {...props} />
    </Suspense>
  );
}

async function ManagedEventDetails({ params, searchParams }: Props) {
  const [{ event, regionName, counts, agenda }, query] = await Promise.all([loadManagedEvent(params), searchParams]);
  const base = `/espace/rencontres/${event.id}`;
  const live = counts.confirmed + counts.waitlisted;
  return (
    <div className="space-y-10">
      <p>
        <Link href="/espace">← Mes rencontres</Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm font-semibold text-corail-700">
          {regionName} · édition {event.edition}
        </p>
        <h1 className="text-3xl font-bold text-marine-900">{event.title}</h1>
        <p className="text-slate-800">
          {formatLongDate(event.startsAt, event.timeZone)}, {formatZonedTimeRange(event.startsAt, event.endsAt, event.timeZone)} · {event.venueName ? `${event.venueName}, ` : ''}
          {event.venueCity}
        </p>
        <p>
          <span className="sr-only">Statut : </span>
          <StatusBadge status={event.status} />
        </p>
      </header>

      {query.creee === '1' ? (
        <p role="status" className="rounded border border-marine-200 bg-marine-50 p-4 text-marine-900">
          La rencontre est créée en brouillon. Complétez ses informations et son programme, puis publiez-la.
        </p>
      ) : null}

      <nav aria-label="Pages de la rencontre">
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link href={`${base}/programme`} className={`${secondaryButton} inline-block no-underline`}>
              Programme
            </Link>
          </li>
          <li>
            <Link href={`${base}/inscriptions`} className={`${secondaryButton} inline-block no-underline`}>
              Inscriptions
            </Link>
          </li>
          <li>
            <Link href={`${base}/accueil`} className={`${secondaryButton} inline-block no-underline`}>
              Accueil le jour J
            </Link>
          </li>
          <li>
            {event.status === 'draft' ? (
              <span className="inline-block px-1 py-1 text-slate-700">Page publique : visible une fois la rencontre publiée</span>
            ) : (
              <Link href={`/rencontres/${event.slug}`} className={`${secondaryButton} inline-block no-underline`}>
                Voir la page publique
              </Link>
            )}
          </li>
        </ul>
      </nav>

      <Section id="en-chiffres" title="En chiffres" className="">
        <dl className="mt-3 grid gap-4 sm:grid-cols-4">
          {[
            ['Inscriptions confirmées', `${counts.confirmed} / ${event.capacity}`],
            ['Liste d’attente', String(counts.waitlisted)],
            ['Places restantes', String(counts.seatsLeft)],
            ['Temps au programme', String(agenda.length)],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-200 p-4">
              <dt className="text-sm font-semibold text-slate-700">{label}</dt>
              <dd className="text-2xl font-bold text-marine-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="publication" title="Publication">
        {event.status === 'draft' ? (
          <>
            <p className="max-w-3xl text-slate-800">
              En brouillon, la rencontre n’est visible que dans votre espace. Publiée, elle apparaît sur le site et dans l’API, et
              les inscriptions s’ouvrent aux dates prévues. Pour être publiée, elle doit avoir un lieu complet, des dates
              d’inscription et un programme (avec au moins un atelier par créneau d’ateliers).
            </p>
            <ActionButton action={publishEventAction.bind(null, event.id)} className={primaryButton}>
              Publier la rencontre
            </ActionButton>
          </>
        ) : null}
        {event.status === 'published' ? (
          <>
            <p className="max-w-3xl text-slate-800">
              La rencontre est en ligne. Elle ne peut repasser en brouillon que si personne n’y est inscrit ; sinon, annulez-la :
              les personnes inscrites seront prévenues par e-mail.
            </p>
            <ActionButton action={unpublishEventAction.bind(null, event.id)} className={secondaryButton}>
              Repasser en brouillon
            </ActionButton>
          </>
        ) : null}
        {event.status === 'cancelled' ? (
          <p className="rounded border border-corail-600 bg-corail-50 p-4 font-semibold text-corail-700">
            Cette rencontre est annulée. Elle reste visible, annoncée comme annulée, et n’est plus modifiable.
          </p>
        ) : (
          <details className="rounded-lg border border-slate-200 p-4">
            <summary className="cursor-pointer font-semibold text-corail-700">Annuler la rencontre</summary>
            <div className="mt-4">
              <CancelEventForm action={cancelEventAction.bind(null, event.id)} registrants={live} />
            </div>
          </details>
        )}
      </Section>

      <Section id="informations" title="Informations">
        {event.status === 'cancelled' ? null : (
          <EventDetailsForm values={toEventFormValues(event)} action={updateEventAction.bind(null, event.id)} />
        )}
        <p className="text-sm text-slate-700">
          Adresse de la page publique : <span className="font-mono">/rencontres/{event.slug}</span> (elle ne change pas).
        </p>
      </Section>
    </div>
  );
}
