import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { InvalidLink } from '@/components/invalid-link';
import { CancelForm, ChangeForm } from '@/components/manage-forms';
import { AppError } from '@/lib/errors';
import { getManagedRegistration, type ManagedRegistration } from '@/lib/registrations/manage';
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { formatLongDate, formatTimeRange, formatZonedTimeRange } from '@/lib/time';
import { cancelAction, changeAction } from './actions';

export const metadata: Metadata = { title: 'Mon inscription', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function ManagePage(props: Props) {
  return (
    <div className="max-w-3xl">
      <Suspense fallback={<p className="text-slate-700">Chargement de votre inscription…</p>}>
        <Registration {...props} />
      </Suspense>
    </div>
  );
}

async function Registration({ params, searchParams }: Props) {
  await connection();
  const [{ token }, query] = await Promise.all([params, searchParams]);
  let managed: ManagedRegistration;
  try {
    managed = await getManagedRegistration(token);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      return <InvalidLink message={error.message} href="/rencontres" label="Voir les rencontres" />;
    }
    throw error;
  }
  const { registration: r, event, slots, choices } = managed;
  const starts = event.startsAt;
  const now = new Date();
  const editable = r.status !== 'cancelled' && event.status !== 'cancelled' && now < event.startsAt;
  const chosen = slots.map((slot, i) => ({ slot, number: i + 1, workshop: slot.workshops.find((w) => w.id === choices[slot.id]) }));
  const justRegistered = query.confirmation === '1';
  const pageUrl = `/inscription/${token}`;
  return (
    <div className="space-y-8">
      {justRegistered && r.status !== 'cancelled' ? (
        <div role="status" id="confirmation" className="rounded-lg border-2 border-marine-600 bg-marine-50 p-5">
          <h1 className="text-2xl font-bold text-marine-900">
            {r.status === 'confirmed' ? 'Votre inscription est confirmée' : "Vous êtes inscrit·e sur liste d'attente"}
          </h1>
          <p className="mt-2 text-slate-800 [overflow-wrap:anywhere]">
            {r.status === 'confirmed'
              ? `Un e-mail de confirmation a été envoyé à ${r.email}, avec le fichier à ajouter à votre agenda.`
              : `La rencontre est complète. Nous vous écrirons à ${r.email} dès qu'une place se libère.`}
          </p>
        </div>
      ) : (
        <h1 className="text-3xl font-bold text-marine-900">Mon inscription</h1>
      )}

      <section aria-labelledby="recapitulatif" className="rounded-lg border border-slate-200 p-5">
        <h2 id="recapitulatif" className="text-xl font-bold text-marine-900">
          {event.title}
        </h2>
        <p className="text-slate-800">
          {formatLongDate(starts, event.timeZone)}, {formatZonedTimeRange(starts, event.endsAt, event.timeZone)}
        </p>
        <p className="text-slate-800">
          {event.venueName}, {event.venueAddress}, {event.venuePostcode} {event.venueCity}
        </p>
        <dl className="mt-4 grid gap-x-6 gap-y-2 [overflow-wrap:anywhere] sm:grid-cols-[auto_minmax(0,1fr)]">
          <dt className="font-semibold text-slate-700">Statut</dt>
          <dd id="statut-inscription" className="font-semibold text-slate-900">
            {r.status === 'confirmed' ? 'Confirmée' : r.status === 'waitlisted' ? "Sur liste d'attente" : 'Annulée'}
          </dd>
          <dt className="font-semibold text-slate-700">Participant·e</dt>
          <dd>
            {r.firstName} {r.lastName} ({r.email})
          </dd>
          <dt className="font-semibold text-slate-700">Organisation</dt>
          <dd>
            {r.organisation} · {organisationTypeLabel(r.organisationType)}
          </dd>
          {chosen.map(({ slot, number, workshop }) => (
            <div key={slot.id} className="contents">
              <dt className="font-semibold text-slate-700">
                Atelier du créneau {number} ({formatTimeRange(slot.startsAt, slot.endsAt, event.timeZone)})
              </dt>
              <dd>{workshop ? `${workshop.code}. ${workshop.title}` : 'Aucun'}</dd>
            </div>
          ))}
          {event.lunchProvided ? (
            <>
              <dt className="font-semibold text-slate-700">Déjeuner</dt>
              <dd>{r.lunch ? 'Oui' : 'Non'}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-4">
          {r.status !== 'cancelled' ? (
            <>
              <a href={`/rencontres/${event.slug}/calendrier.ics`} download>
                Ajouter à mon agenda (fichier .ics)
              </a>
              {' · '}
            </>
          ) : null}
          <Link href={`/rencontres/${event.slug}`}>Programme de la rencontre</Link>
        </p>
      </section>

      {r.status !== 'cancelled' ? (
        <section aria-labelledby="lien-prive" className="rounded-lg bg-slate-50 p-5">
          <h2 id="lien-prive" className="text-lg font-bold text-marine-900">
            Votre lien personnel
          </h2>
          <p className="mt-1 text-slate-800">
            Conservez l&apos;adresse de cette page : elle vous permet de modifier ou d&apos;annuler votre inscription. Elle vous a
            aussi été envoyée par e-mail. Ne la partagez pas.
          </p>
          <p className="mt-2 break-all font-mono text-sm text-slate-900">
            <a href={pageUrl}>{pageUrl}</a>
          </p>
        </section>
      ) : null}

      {editable ? (
        <>
          <section aria-labelledby="modifier" className="space-y-4">
            <h2 id="modifier" className="text-2xl font-bold text-marine-900">
              Modifier mes choix
            </h2>
            <ChangeForm
              action={changeAction.bind(null, token)}
              slots={slots.map((s, i) => ({
                id: s.id,
                number: i + 1,
                time: formatTimeRange(s.startsAt, s.endsAt, event.timeZone),
                workshops: s.workshops.map((w) => ({ id: w.id, code: w.code, title: w.title, remaining: w.capacity - w.taken })),
              }))}
              choices={choices}
              lunchProvided={event.lunchProvided}
              lunch={r.lunch}
            />
          </section>
          <section aria-labelledby="annuler" className="space-y-4">
            <h2 id="annuler" className="text-2xl font-bold text-marine-900">
              Annuler mon inscription
            </h2>
            <CancelForm action={cancelAction.bind(null, token)} />
          </section>
        </>
      ) : (
        <p className="rounded border border-slate-300 bg-slate-50 p-4 text-slate-900" role="status">
          {r.status === 'cancelled'
            ? 'Votre inscription est annulée. Vous pouvez vous réinscrire depuis la page de la rencontre tant que les inscriptions sont ouvertes.'
            : event.status === 'cancelled'
              ? 'Cette rencontre est annulée.'
              : 'La rencontre a commencé : l’inscription ne peut plus être modifiée.'}
        </p>
      )}
    </div>
  );
}
