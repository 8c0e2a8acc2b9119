import type { ReactNode } from 'react';
import { formatCell, NO_RATIO } from '@/lib/stats/format';
import type { StatCell, StatTable } from '@/lib/stats/tables';

/** A ratio with nothing to divide by shows a dash, and says so to screen readers. */
function cellContent(cell: StatCell): ReactNode {
  if (typeof cell === 'object' && 'ratio' in cell && cell.ratio === null) {
    return (
      <>
        <span aria-hidden="true">{NO_RATIO}</span>
        <span className="sr-only">sans objet</span>
      </>
    );
  }
  return formatCell(cell);
}

// The cells' look is set once on the table (Tailwind's arbitrary variants), not on each of the
// thousand cells a page can hold: every class string would be sent twice, in the HTML and in the
// React payload. A numeric cell only carries the short class "num".
const TABLE_CLASS = [
  'min-w-full text-left text-sm',
  '[&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2',
  '[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_tbody_th]:font-semibold [&_tbody_th]:text-slate-900',
  '[&_td.num]:whitespace-nowrap [&_.num]:text-right [&_td.num]:tabular-nums',
].join(' ');

/** A statistics table: the text equivalent of its chart, the rows of its CSV file. */
export function StatTableView({ table, captionId = `tableau-${table.slug}` }: { table: StatTable; captionId?: string }) {
  const numeric = table.columns.map((c) => (c.kind === 'count' || c.kind === 'ratio' ? 'num' : undefined));
  return (
    // Focusable, so that a keyboard user can scroll a table wider than the screen.
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
      <table className={TABLE_CLASS}>
        <caption id={captionId} className="px-3 py-2 text-left font-semibold text-slate-900">
          {table.title}
        </caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            {table.columns.map((column, i) => (
              <th key={column.header} scope="col" className={numeric[i]}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
