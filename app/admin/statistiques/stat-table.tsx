import { formatCell, NO_RATIO } from '@/lib/stats/format';
import type { StatCell, StatTable } from '@/lib/stats/tables';

/** A ratio with nothing to divide by shows a dash, and says so to screen readers. */
function Cell({ cell }: { cell: StatCell }) {
  if (typeof cell === 'object' && 'ratio' in cell && cell.ratio === null) {
    return (
      <>
        <span aria-hidden="true">{NO_RATIO}</span>
        <span className="sr-only">sans objet</span>
      </>
    );
  }
  return <>{formatCell(cell)}</>;
}

/** A statistics table: the text equivalent of its chart, the rows of its CSV file. */
export function StatTableView({ table }: { table: StatTable }) {
  const captionId = `tableau-${table.slug}`;
  const numeric = table.columns.map((c) => c.kind === 'count' || c.kind === 'ratio');
  return (
    // Focusable, so that a keyboard user can scroll a table wider than the screen.
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full text-left text-sm">
        <caption id={captionId} className="px-3 py-2 text-left font-semibold text-slate-900">
          {table.title}
        </caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            {table.columns.map((column, i) => (
              <th key={column.header} scope="col" className={`px-3 py-2 ${numeric[i] ? 'text-right' : ''}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className={`border-t border-slate-200 ${row.total ? 'bg-slate-50 font-semibold' : ''}`}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-3 py-2 font-semibold text-slate-900">
                    <Cell cell={cell} />
                  </th>
                ) : (
                  <td key={i} className={`px-3 py-2 ${numeric[i] ? 'whitespace-nowrap text-right tabular-nums' : ''}`}>
                    <Cell cell={cell} />
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
