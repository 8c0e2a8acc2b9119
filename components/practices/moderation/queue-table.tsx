import Link from 'next/link';
import { DataTable } from '@/components/data-table';
import { PRACTICE_THEMES } from '@/lib/practices/model';
import type { ModerationQueue } from '@/lib/practices/moderation-queue';
import { formatDate } from '@/lib/time';
import { PracticeStatusBadge } from './status-badge';

const ORIGIN_LABELS = { survey: 'Enquête', api: 'API', partner: 'Partenaire' } as const;

/** The queue of answers: the title opens the answer at `${base}/<id>`. */
export function QueueTable({ queue, base }: { queue: ModerationQueue; base: string }) {
  const { rows, page, pageCount } = queue;
  return (
    <DataTable
      id="legende-pratiques"
      caption={`Réponses, à modérer d’abord${pageCount > 1 ? ` (page ${page} sur ${pageCount})` : ''}`}
      columns={['Pratique', 'Statut', 'Région', 'Thèmes', 'Reçue le', 'Origine']}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <th scope="row" className="font-normal">
            <Link href={`${base}/${row.id}`} className="font-semibold">
              {row.title || 'Sans titre'}
            </Link>
            {row.organisation ? <span className="block text-slate-700">{row.organisation}</span> : null}
          </th>
          <td>
            <PracticeStatusBadge status={row.status} />
          </td>
          <td>{row.regionName ?? ''}</td>
          <td>{row.themes.map((t) => PRACTICE_THEMES[t]).join(', ')}</td>
          <td className="whitespace-nowrap">{row.submittedAt ? formatDate(row.submittedAt) : ''}</td>
          <td>{ORIGIN_LABELS[row.origin]}</td>
        </tr>
      ))}
    </DataTable>
  );
}
