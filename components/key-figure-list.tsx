// A row of key figures, as a description list: the statistics' « En bref », a meeting's registrations.
/** Key figures (label, value) in a grid of cards; `className` sets the columns of wide screens. */
export function KeyFigureList({ items, className = '' }: { items: [string, string][]; className?: string }) {
  return (
    <dl className={`grid gap-3 sm:grid-cols-3 ${className}`}>
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-slate-50 p-3">
          <dt className="text-sm font-semibold text-slate-700">{label}</dt>
          <dd className="text-xl font-bold text-marine-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
