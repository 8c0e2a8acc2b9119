import Link from 'next/link';
import { StatusBadge } from '@/components/espace/status-badge';
import type { TourEventRow, TourEventTotals } from '@/lib/admin/events';
import { formatDate } from '@/lib/time';

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat('fr-FR');

/** "72 %", or a dash read out as "sans objet" when there is nothing to divide by. */
export function Rate({ value }: { value: number | null }) {
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">sans objet</span>
      </>
    );
  }
  return <>{percentFormat.format(value)}</>;
}

const th = 'px-3 py-2';
const num = 'px-3 py-2 text-right tabular-nums';

/** Every event shown, with its figures, and the totals of those events in the footer. */
export function TourEventsTable({ events, totals }: { events: TourEventRow[]; totals: TourEventTotals }) {
  return (
    // Focusable, so that a keyboard user can scroll a table wider than the screen.
    <div role="region" aria-labelledby="tableau-rencontres" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full text-left text-sm">
        <caption id="tableau-rencontres" className="px-3 py-2 text-left font-semibold text-slate-900">
          Rencontres du Tour ({events.length}), de la plus récente à la plus ancienne
        </caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            <th scope="col" className={th}>
              Rencontre
            </th>
            <th scope="col" className={th}>
              Région
            </th>
            <th scope="col" className={th}>
              Date
            </th>
            <th scope="col" className={th}>
              Statut
            </th>
            <th scope="col" className={`${th} text-right`}>
              Capacité
            </th>
            <th scope="col" className={`${th} text-right`}>
              Confirmées
            </th>
            <th scope="col" className={`${th} text-right`}>
              Liste d’attente
            </th>
            <th scope="col" className={`${th} text-right`}>
              Remplissage
            </th>
            <th scope="col" className={`${th} text-right`}>
              Présence
            </th>
            <th scope="col" className={th}>
              Outils
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const base = `/espace/rencontres/${e.id}`;
            return (
              <tr key={e.id} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-3 py-2 font-normal">
                  <Link href={base} className="font-semibold">
                    {e.title}
                  </Link>
                  <span className="block text-slate-700">
                    {e.venueCity} · édition {e.edition}
                  </span>
                </th>
                <td className={th}>{e.regionName}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={e.startsAt.toISOString()}>{formatDate(e.startsAt)}</time>
                </td>
                <td className={th}>
                  <StatusBadge status={e.status} />
                </td>
                <td className={num}>{numberFormat.format(e.capacity)}</td>
                <td className={num}>{numberFormat.format(e.confirmed)}</td>
                <td className={num}>{numberFormat.format(e.waitlisted)}</td>
                <td className={num}>
                  <Rate value={e.fillRate} />
                </td>
                <td className={num}>
                  <Rate value={e.checkInRate} />
                </td>
                <td className={th}>
                  <ul className="space-y-1">
                    <li>
                      <Link href={base}>
                        Modifier<span className="sr-only"> « {e.title} »</span>
                      </Link>
                    </li>
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
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t-2 border-marine-700 bg-slate-50 font-semibold text-slate-900">
          <tr>
            <th scope="row" colSpan={4} className={th}>
              Total ({totals.events} rencontre{totals.events > 1 ? 's' : ''})
            </th>
            <td className={num}>{numberFormat.format(totals.capacity)}</td>
            <td className={num}>{numberFormat.format(totals.confirmed)}</td>
            <td className={num}>{numberFormat.format(totals.waitlisted)}</td>
            <td className={num}>
              <Rate value={totals.fillRate} />
            </td>
            <td className={num}>
              <Rate value={totals.checkInRate} />
            </td>
            <td className={th}>
              <span className="sr-only">Aucun outil pour le total</span>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
