import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { CheckInCount, CheckInDayNotice, PresenceState } from '@/components/check-in-parts';
import { CheckInToggle } from '@/components/check-in-toggle';
import { EventPageHeader } from '@/components/espace/event-page-header';
import { checkInAction } from '@/app/espace/accueil/actions';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { getCheckInRegistration } from '@/lib/checkin/check-in';
import { verifyCheckInCode } from '@/lib/checkin/signed-link';
import { STATUS_LABELS } from '@/lib/registrations/list-filters';
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { formatLongDate, formatZonedTimeRange, parisDate } from '@/lib/time';

export const metadata: Metadata = { title: 'Accueil d’un participant', robots: { index: false, follow: false } };

type Props = { params: Promise<{ code: string }> };

/**
 * Opened by scanning the QR code of a confirmation e-mail. The signature proves the link comes
 * from the platform; the signed-in user must still be allowed to check in for that event.
 */
export default function SignedCheckInPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement de l’inscription…</p>}>
      <SignedCheckIn {...props} />
    </Suspense>
  );
}

async function SignedCheckIn({ params }: Props) {
  const user = await requireUser();
  const { code } = await params;
  const registrationId = verifyCheckInCode(code);
  if (!registrationId) notFound();
  const { event, registration: r, counts } = await orNotFoundAsync(() => getCheckInRegistration(registrationId, { user }));
  const name = `${r.firstName} ${r.lastName}`;
  const choices = Object.values(r.choices);

  return (
    <div className="max-w-3xl space-y-6">
      <EventPageHeader
        trail={[{ label: event.title, href: `/espace/rencontres/${event.id}` }, { label: 'Accueil', href: `/espace/rencontres/${event.id}/accueil` }, { label: name }]}
        title={`Accueil : ${name}`}
      >
        <p className="mt-1 text-slate-800">
          {event.title} · {formatLongDate(event.startsAt, event.timeZone)}, {formatZonedTimeRange(event.startsAt, event.endsAt, event.timeZone)}
        </p>
      </EventPageHeader>

      <CheckInDayNotice eventDay={parisDate(event.startsAt, event.timeZone)} today={parisDate(new Date())} date={formatLongDate(event.startsAt, event.timeZone)} />

      <section aria-labelledby="personne" className="rounded-lg border border-slate-200 p-5">
        <h2 id="personne" className="text-xl font-bold text-marine-900">
          Inscription
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-700">Statut</dt>
          <dd id="statut-inscription" className="font-semibold text-slate-900">
            {STATUS_LABELS[r.status]}
          </dd>
          <dt className="font-semibold text-slate-700">Organisation</dt>
          <dd>
            {r.organisation} · {organisationTypeLabel(r.organisationType)}
          </dd>
          {r.jobTitle ? (
            <>
              <dt className="font-semibold text-slate-700">Fonction</dt>
              <dd>{r.jobTitle}</dd>
            </>
          ) : null}
          <dt className="font-semibold text-slate-700">E-mail</dt>
          <dd className="break-all">{r.email}</dd>
          <dt className="font-semibold text-slate-700">Ateliers</dt>
          <dd>
            {choices.length ? (
              <ul>
                {choices.map((c) => (
                  <li key={c.workshopId}>
                    {c.code}. {c.title}
                    {c.room ? ` (${c.room})` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              'aucun'
            )}
          </dd>
          {event.lunchProvided ? (
            <>
              <dt className="font-semibold text-slate-700">Déjeuner</dt>
              <dd>{r.lunch ? 'oui' : 'non'}</dd>
            </>
          ) : null}
          {r.accessibilityNeeds ? (
            <>
              <dt className="font-semibold text-slate-700">Besoins d’accessibilité</dt>
              <dd>{r.accessibilityNeeds}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="presence" className="space-y-3">
        <h2 id="presence" className="text-xl font-bold text-marine-900">
          Présence
        </h2>
        <PresenceState checkedInAt={r.checkedInAt} />
        {r.status === 'confirmed' || r.checkedInAt ? (
          <CheckInToggle action={checkInAction} registrationId={r.id} present={!!r.checkedInAt} name={name} />
        ) : (
          <p className="font-semibold text-corail-700">
            Cette inscription est {r.status === 'waitlisted' ? "sur liste d'attente" : 'annulée'} : seule une inscription confirmée peut
            être marquée présente.
          </p>
        )}
        <CheckInCount present={counts.present} confirmed={counts.confirmed} />
      </section>

      <p>
        <Link href={`/espace/rencontres/${event.id}/accueil`}>Rechercher une autre personne</Link>
      </p>
    </div>
  );
}
