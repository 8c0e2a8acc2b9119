import { Children, type ReactNode } from 'react';

/** A column header: its label, right-aligned when the column holds numbers. */
export type Column = ReactNode | { label: ReactNode; numeric?: boolean; key?: string };

// The cells' look is set once on the table (Tailwind's arbitrary variants), not on each cell: every
// class string would be sent twice, in the HTML and in the React payload. A numeric cell only
// carries the short class "num".
const TABLE_CLASS = [
  'min-w-full text-left text-sm',
  '[&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2',
  '[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_tbody_tr]:align-top',
  '[&_td.num]:whitespace-nowrap [&_.num]:text-right [&_td.num]:tabular-nums',
].join(' ');

const isLabelled = (column: Column): column is { label: ReactNode; numeric?: boolean; key?: string } =>
  typeof column === 'object' && column !== null && 'label' in column;

/**
 * A table of rows: its caption (which also names the scrollable region), column headers with
 * their scope, the rows, an optional footer, and what to say instead when there is no row. The
 * table scrolls sideways inside its own region, which is focusable so that a keyboard user can
 * scroll it too: the page itself never scrolls sideways, even 320 px wide. The region is `relative`
 * so that the visually hidden labels of its cells (absolutely placed) are clipped by it too.
 */
export function DataTable({
  id,
  caption,
  columns,
  children,
  footer,
  empty,
  className = '',
}: {
  id: string;
  caption: ReactNode;
  columns: Column[];
  /** The body's rows (`<tr>`, first cell `<th scope="row">`). */
  children: ReactNode;
  footer?: ReactNode;
  /** Shown instead of the table when there is no row (the table with its headers only, if omitted). */
  empty?: ReactNode;
  /** More classes for the table. */
  className?: string;
}) {
  if (empty && Children.count(children) === 0) return <p className="rounded border border-slate-300 bg-slate-50 p-4 text-slate-900">{empty}</p>;
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200">
      <table className={`${TABLE_CLASS} ${className}`}>
        <caption id={id} className="px-3 py-2 text-left font-semibold text-slate-900">
          {caption}
        </caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            {columns.map((column, i) =>
              isLabelled(column) ? (
                <th key={column.key ?? i} scope="col" className={column.numeric ? 'num' : undefined}>
                  {column.label}
                </th>
              ) : (
                <th key={i} scope="col">
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer ? <tfoot className="border-t-2 border-marine-700 bg-slate-50 font-semibold text-slate-900">{footer}</tfoot> : null}
      </table>
    </div>
  );
}

/** A dash read out as "sans objet": a ratio with nothing to divide by, for instance. */
export function NoValue({ mark = '—' }: { mark?: string }) {
  return (
    <>
      <span aria-hidden="true">{mark}</span>
      <span className="sr-only">sans objet</span>
    </>
  );
}
