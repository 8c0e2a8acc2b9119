import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { RegistrationForm } from '@/components/registration-form';
import type { EventDetail } from '@/lib/events/model';
import { getPublicEvent, publishedSlugParams } from '@/lib/events/public';
import { closedMessage, registrationState } from '@/lib/events/registration-window';
import { slotOptions } from '@/lib/events/slot-options';
import { formatLongDate, formatZonedTimeRange } from '@/lib/time';
import { requestManageLink, submitRegistration } from './actions';

type Params = Promise<{ slug: string }>;

export function generateStaticParams() {
  return publishedSlugParams();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = await getPublicEvent((await params).slug);
  return { title: event ? `Inscription · ${event.title}` : 'Rencontre introuvable' };
}

export default async function RegistrationPage({ params }: { params: Params }) {
  const { slug } = await params;
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  const starts = new Date(event.startsAt);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/rencontres/${event.slug}`}>← Retour au programme</Link>
      </p>
      <header>
        <h1 className="text-3xl font-bold text-marine-900">Inscription</h1>
        <p className="mt-2 text-lg text-slate-900">{event.title}</p>
        <p className="text-slate-800">
          {formatLongDate(starts, event.timeZone)}, {formatZonedTimeRange(starts, new Date(event.endsAt), event.timeZone)} · {event.venue.name}, {event.venue.city}
        </p>
      </header>
      <Suspense fallback={<p className="text-slate-700">Chargement du formulaire…</p>}>
        <FormOrClosed event={event} />
      </Suspense>
    </div>
  );
}

async function FormOrClosed({ event }: { event: EventDetail }) {
  await connection();
  const state = registrationState(event, new Date());
  if (!state.open) {
    return (
      <p className="rounded border border-marine-200 bg-marine-50 p-4 text-slate-900" id="inscription-fermee">
        {closedMessage(event, state.reason)}
      </p>
    );
  }
  return (
    <RegistrationForm
      lunchProvided={event.lunchProvided}
      eventFull={state.full}
      slots={slotOptions(event.agenda, event.timeZone)}
      submit={submitRegistration.bind(null, event.slug)}
      resendLink={requestManageLink.bind(null, event.slug)}
    />
  );
}
