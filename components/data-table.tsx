import type { ReactNode } from 'react';

/**
 * A table of figures or people with its caption and column headers, in a region that a keyboard
 * user can focus to scroll it when it is wider than the screen. `children` are the body's rows.
 */
export function DataTable({ id, caption, columns, children }: { id: string; caption: ReactNode; columns: ReactNode[]; children: ReactNode }) {
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full text-left text-sm">
        <caption id={id} className="px-3 py-2 text-left font-semibold text-slate-900">
          {caption}
        </caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
