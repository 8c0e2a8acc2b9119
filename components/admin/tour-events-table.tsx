import Link from 'next/link';
import { StatusBadge } from '@/components/espace/status-badge';
import type { TourEventRow, TourEventTotals } from '@/lib/admin/events';
import { formatDate } from '@/lib/time';
import { DataTable, NoValue } from '../data-table';

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat('fr-FR');

/** "72 %", or a dash read out as "sans objet" when there is nothing to divide by. */
export function Rate({ value }: { value: number | null }) {
  return value === null ? <NoValue /> : <>{percentFormat.format(value)}</>;
}


/** Every event shown, with its figures, and the totals of those events in the footer. */
export function TourEventsTable({ events, totals }: { events: TourEventRow[]; totals: TourEventTotals }) {
  return (
    <DataTable
      id="tableau-rencontres"
      caption={`Rencontres du Tour (${events.length}), de la plus récente à la plus ancienne`}
      columns={[
        'Rencontre',
        'Région',
        'Date',
        'Statut',
        { label: 'Capacité', numeric: true },
        { label: 'Confirmées', numeric: true },
        { label: 'Liste d’attente', numeric: true },
        { label: 'Remplissage', numeric: true },
        { label: 'Présence', numeric: true },
        'Outils',
      ]}
      footer={<TotalsRow totals={totals} />}
    >
      {events.map((e) => {
        const base = `/espace/rencontres/${e.id}`;
        return (
          <tr key={e.id}>
            <th scope="row" className="font-normal">
              <Link href={base} className="font-semibold">
                {e.title}
              </Link>
              <span className="block text-slate-700">
                {e.venueCity} · édition {e.edition}
              </span>
            </th>
            <td>{e.regionName}</td>
            <td className="whitespace-nowrap">
              <time dateTime={e.startsAt.toISOString()}>{formatDate(e.startsAt)}</time>
            </td>
            <td>
              <StatusBadge status={e.status} />
            </td>
            <td className="num">{numberFormat.format(e.capacity)}</td>
            <td className="num">{numberFormat.format(e.confirmed)}</td>
            <td className="num">{numberFormat.format(e.waitlisted)}</td>
            <td className="num">
              <Rate value={e.fillRate} />
            </td>
            <td className="num">
              <Rate value={e.checkInRate} />
            </td>
            <td>
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
    </DataTable>
  );
}

function TotalsRow({ totals }: { totals: TourEventTotals }) {
  return (
    <tr>
      <th scope="row" colSpan={4}>
        Total ({totals.events} rencontre{totals.events > 1 ? 's' : ''})
      </th>
      <td className="num">{numberFormat.format(totals.capacity)}</td>
      <td className="num">{numberFormat.format(totals.confirmed)}</td>
      <td className="num">{numberFormat.format(totals.waitlisted)}</td>
      <td className="num">
        <Rate value={totals.fillRate} />
      </td>
      <td className="num">
        <Rate value={totals.checkInRate} />
      </td>
      <td>
        <span className="sr-only">Aucun outil pour le total</span>
      </td>
    </tr>
  );
}
