import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { CheckInCount, CheckInDayNotice, PresenceState } from '@/components/check-in-parts';
import { CheckInToggle } from '@/components/check-in-toggle';
import { EventPageHeader } from '@/components/espace/event-page-header';
import { FilterForm } from '@/components/filter-form';
import { inputClass } from '@/components/form-field';
import { checkInAction } from '@/app/espace/accueil/actions';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { searchForCheckIn, CHECK_IN_RESULTS_LIMIT } from '@/lib/checkin/check-in';
import { STATUS_LABELS } from '@/lib/registrations/list-filters';
import { formatLongDate, formatZonedTimeRange, parisDate } from '@/lib/time';

export const metadata: Metadata = { title: 'Accueil des participants' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Its own boundary, so that moving between the pages of /espace never waits for the database.
export default function CheckInPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement de l’accueil…</p>}>
      <CheckInDesk {...props} />
    </Suspense>
  );
}

async function CheckInDesk({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const q = typeof query.q === 'string' ? query.q : '';
  const { event, counts, results, truncated, query: searched } = await orNotFoundAsync(() => searchForCheckIn(id, q, { user }));
  const base = `/espace/rencontres/${event.id}`;
  const action = `${base}/accueil`;

  return (
    <div className="space-y-6">
      <EventPageHeader trail={[{ label: event.title, href: base }, { label: 'Accueil' }]} title="Accueil des participants">
        <p className="mt-1 text-slate-800">
          {event.title} · {formatLongDate(event.startsAt, event.timeZone)}, {formatZonedTimeRange(event.startsAt, event.endsAt, event.timeZone)}
        </p>
        <p className="mt-2">
          <Link href={`${base}/inscriptions`}>Toutes les inscriptions</Link>
        </p>
      </EventPageHeader>

      <CheckInDayNotice eventDay={parisDate(event.startsAt, event.timeZone)} today={parisDate(new Date())} date={formatLongDate(event.startsAt, event.timeZone)} />
      <CheckInCount present={counts.present} confirmed={counts.confirmed} />

      <FilterForm action={action} label="Rechercher une personne">
        <label htmlFor="recherche-accueil" className="font-semibold text-slate-900">
          Nom ou adresse e-mail
        </label>
        <div className="flex flex-wrap items-end gap-3">
          <input id="recherche-accueil" name="q" type="search" defaultValue={searched} autoComplete="off" className={`${inputClass} max-w-md`} />
          <button type="submit" className="rounded bg-marine-700 px-4 py-2 font-semibold text-white hover:bg-marine-900">
            Rechercher
          </button>
        </div>
      </FilterForm>

      {searched ? (
        <section aria-labelledby="resultats" className="space-y-3">
          <h2 id="resultats" className="text-xl font-bold text-marine-900">
            Résultats pour « {searched} »
          </h2>
          <p role="status" className="text-slate-800">
            {results.length === 0
              ? 'Personne ne correspond. Vérifiez l’orthographe, ou cherchez par adresse e-mail.'
              : truncated
                ? `Les ${CHECK_IN_RESULTS_LIMIT} premières personnes trouvées : précisez la recherche.`
                : `${results.length} personne${results.length > 1 ? 's' : ''} trouvée${results.length > 1 ? 's' : ''}.`}
          </p>
          {results.length > 0 ? (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
              {results.map((r) => {
                const name = `${r.firstName} ${r.lastName}`;
                const choices = Object.values(r.choices);
                return (
                  <li key={r.id} className="flex flex-wrap items-start justify-between gap-4 p-4">
                    <div>
                      <h3 className="text-lg font-bold text-slate-900">{name}</h3>
                      <p className="break-all text-slate-800">{r.email}</p>
                      <p className="text-slate-800">{r.organisation}</p>
                      {choices.length ? (
                        <p className="text-slate-800">Ateliers : {choices.map((c) => `${c.code}${c.room ? ` (${c.room})` : ''}`).join(', ')}</p>
                      ) : null}
                      {r.status !== 'confirmed' ? <p className="font-semibold text-corail-700">Inscription : {STATUS_LABELS[r.status].toLowerCase()}</p> : null}
                    </div>
                    <div className="space-y-2">
                      <PresenceState checkedInAt={r.checkedInAt} />
                      {r.status === 'confirmed' || r.checkedInAt ? (
                        <CheckInToggle action={checkInAction} registrationId={r.id} present={!!r.checkedInAt} name={name} />
                      ) : (
                        <p className="text-slate-800">Seule une inscription confirmée peut être marquée présente.</p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </section>
      ) : (
        <p className="text-slate-800">Tapez un nom ou une adresse e-mail pour retrouver une personne, puis marquez son arrivée.</p>
      )}
    </div>
  );
}
