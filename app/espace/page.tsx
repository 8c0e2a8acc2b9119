import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { primaryButton } from '@/components/espace/form-status';
import { StatusBadge } from '@/components/espace/status-badge';
import { requireUser } from '@/lib/auth/guard';
import { can } from '@/lib/auth/permissions';
import { listManagedEvents, type ManagedEventSummary } from '@/lib/events/manage/list-managed-events';
import { formatDate, formatZonedTimeRange } from '@/lib/time';

export const metadata: Metadata = { title: 'Mes rencontres' };

function Ateliers({ workshops }: { workshops: ManagedEventSummary['workshops'] }) {
  if (workshops.length === 0) return <span className="text-slate-700">Aucun</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {workshops.map((w) => (
        <li key={w.id} className={w.taken >= w.capacity ? 'font-semibold text-corail-700' : undefined}>
          <abbr title={w.title} className="no-underline">
            {w.code}
          </abbr>{' '}
          <span className="tabular-nums">
            {w.taken}/{w.capacity}
          </span>
          {w.taken >= w.capacity ? ' (complet)' : null}
        </li>
      ))}
    </ul>
  );
}

// Its own boundary, so that moving between the pages of /espace never waits for the database.
export default function MyEventsPage() {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement de vos rencontres…</p>}>
      <MyEvents />
    </Suspense>
  );
}

async function MyEvents() {
  const user = await requireUser();
  const events = await listManagedEvents(user);
  const national = can(user, 'regions:all');
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-marine-900">Mes rencontres</h1>
        {can(user, 'events:create') ? (
          <Link href="/espace/rencontres/nouvelle" className={`${primaryButton} no-underline`}>
            Créer une rencontre
          </Link>
        ) : null}
      </div>
      <p className="max-w-3xl text-slate-800">
        {national
          ? 'Les rencontres de toutes les régions, quel que soit leur statut.'
          : 'Les rencontres de vos régions, quel que soit leur statut : brouillons, publiées et annulées.'}
      </p>
      {events.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4 text-slate-900">Aucune rencontre pour l’instant.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">
              {national ? 'Rencontres de toutes les régions' : 'Rencontres de vos régions'}, de la plus récente à la plus ancienne, avec
              leurs inscriptions et leurs places
            </caption>
            <thead>
              <tr className="border-b-2 border-marine-700 text-sm text-slate-800">
                <th scope="col" className="px-2 py-2">
                  Rencontre
                </th>
                <th scope="col" className="px-2 py-2">
                  Date
                </th>
                <th scope="col" className="px-2 py-2">
                  Statut
                </th>
                <th scope="col" className="px-2 py-2">
                  Inscriptions
                </th>
                <th scope="col" className="px-2 py-2">
                  Places restantes
                </th>
                <th scope="col" className="px-2 py-2">
                  Ateliers (pris/places)
                </th>
                <th scope="col" className="px-2 py-2">
                  Pages
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => {
                const base = `/espace/rencontres/${e.id}`;
                return (
                  <tr key={e.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="px-2 py-3 font-normal">
                      <Link href={base} className="font-semibold">
                        {e.title}
                      </Link>
                      <span className="block text-sm text-slate-700">
                        {e.regionName} · {e.venueCity}
                      </span>
                    </th>
                    <td className="whitespace-nowrap px-2 py-3">
                      <time dateTime={e.startsAt.toISOString()}>{formatDate(e.startsAt, e.timeZone)}</time>
                      <span className="block text-sm text-slate-700">{formatZonedTimeRange(e.startsAt, e.endsAt, e.timeZone)}</span>
                    </td>
                    <td className="px-2 py-3">
                      <StatusBadge status={e.status} />
                    </td>
                    <td className="whitespace-nowrap px-2 py-3 tabular-nums">
                      {e.confirmed} / {e.capacity} confirmées
                      {e.waitlisted ? <span className="block text-sm text-slate-700">{e.waitlisted} en attente</span> : null}
                    </td>
                    <td className={`px-2 py-3 tabular-nums ${e.seatsLeft === 0 ? 'font-semibold text-corail-700' : ''}`}>
                      {e.seatsLeft === 0 ? 'Complet' : e.seatsLeft}
                    </td>
                    <td className="px-2 py-3 text-sm">
                      <Ateliers workshops={e.workshops} />
                    </td>
                    <td className="px-2 py-3 text-sm">
                      <ul className="space-y-1">
                        <li>
                          <Link href={`${base}/programme`}>
                            Programme<span className="sr-only"> de « {e.title} »</span>
                          </Link>
                        </li>
                        <li>
                          <Link href={`${base}/inscriptions`}>
                            Inscriptions<span className="sr-only"> de « {e.title} »</span>
                          </Link>
                        </li>
                        <li>
                          <Link href={`${base}/accueil`}>
                            Accueil<span className="sr-only"> de « {e.title} »</span>
                          </Link>
                        </li>
                        {e.status !== 'draft' ? (
                          <li>
                            <Link href={`/rencontres/${e.slug}`}>
                              Page publique<span className="sr-only"> de « {e.title} »</span>
                            </Link>
                          </li>
                        ) : null}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
