import type { ReactNode } from 'react';
import { DataTable, NoValue } from '@/components/data-table';
import { formatCell, NO_RATIO } from '@/lib/stats/format';
import type { StatCell, StatTable } from '@/lib/stats/tables';

/** A ratio with nothing to divide by shows a dash, and says so to screen readers. */
function cellContent(cell: StatCell): ReactNode {
  if (typeof cell === 'object' && 'ratio' in cell && cell.ratio === null) {
    return <NoValue mark={NO_RATIO} />;
  }
  return formatCell(cell);
}

/** A statistics table: the text equivalent of its chart, the rows of its CSV file. */
export function StatTableView({ table, captionId = `tableau-${table.slug}` }: { table: StatTable; captionId?: string }) {
  const numeric = table.columns.map((c) => (c.kind === 'count' || c.kind === 'ratio' ? 'num' : undefined));
  return (
    <DataTable
      id={captionId}
      caption={table.title}
      columns={table.columns.map((column, i) => ({ label: column.header, numeric: !!numeric[i], key: column.header }))}
      className="[&_tbody_th]:font-semibold [&_tbody_th]:text-slate-900"
    >
      {table.rows.map((row, r) => (
        <tr key={r} className={row.total ? 'bg-slate-50 font-semibold' : undefined}>
          {row.cells.map((cell, i) =>
            i === 0 ? (
              <th key={i} scope="row">
                {cellContent(cell)}
              </th>
            ) : (
              <td key={i} className={numeric[i]}>
                {cellContent(cell)}
              </td>
            ),
          )}
        </tr>
      ))}
    </DataTable>
  );
}
