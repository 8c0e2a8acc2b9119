// Horizontal bars in HTML and CSS. The whole chart is one image for assistive technologies, named
// by an aria-label that reads its values; the table that follows it holds every number.

export type ChartSeries = { name: string; barClass: string };
export type ChartItem = { label: string; values: number[]; display: string[] };
export type ChartSpec = {
  /** What the bars show, e.g. "Inscriptions par type d'organisation". */
  title: string;
  series: ChartSeries[];
  items: ChartItem[];
  /** The value of a full bar; the largest value when not given. */
  max?: number;
  /** Said when the chart shows only the first items of its table. */
  note?: string;
};

export const SERIES = {
  primary: 'bg-marine-700',
  secondary: 'bg-corail-600',
} as const;

function describe(spec: ChartSpec): string {
  const values = spec.items
    .map((item) => `${item.label} : ${item.display.map((d, i) => (spec.series.length > 1 ? `${spec.series[i].name} ${d}` : d)).join(', ')}`)
    .join(' ; ');
  return `Graphique en barres, ${spec.title}${spec.note ? ` (${spec.note})` : ''}. ${values}. Les chiffres sont dans le tableau qui suit.`;
}

// The bars' look is set once on the list (Tailwind's arbitrary variants), not on each of the
// hundreds of elements a page of charts holds: every class string would be sent twice, in the HTML
// and in the React payload. Each element only carries a short name (bar, track, fill, value).
const ITEMS_CLASS = [
  'space-y-3 [&_p]:text-sm [&_p]:font-semibold [&_p]:text-slate-900',
  '[&_.bar]:mt-1 [&_.bar]:flex [&_.bar]:items-center [&_.bar]:gap-2',
  '[&_.track]:block [&_.track]:h-4 [&_.track]:flex-1 [&_.track]:overflow-hidden [&_.track]:rounded [&_.track]:bg-slate-100',
  '[&_.fill]:block [&_.fill]:h-full [&_.fill]:rounded',
  '[&_.value]:w-32 [&_.value]:shrink-0 [&_.value]:text-sm [&_.value]:tabular-nums [&_.value]:text-slate-800',
].join(' ');

export function BarChart({ spec }: { spec: ChartSpec }) {
  const max = spec.max ?? Math.max(0, ...spec.items.flatMap((i) => i.values));
  const width = (value: number) => (max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0);
  return (
    <div role="img" aria-label={describe(spec)} className="rounded-lg border border-slate-200 p-4">
      {spec.note ? <p className="mb-3 text-sm text-slate-700">{spec.note}</p> : null}
      {spec.series.length > 1 ? (
        <p className="mb-3 flex flex-wrap gap-4 text-sm text-slate-800">
          {spec.series.map((s) => (
            <span key={s.name} className="flex items-center gap-2">
              <span className={`inline-block h-3 w-6 rounded ${s.barClass}`} />
              {s.name}
            </span>
          ))}
        </p>
      ) : null}
      <div className={ITEMS_CLASS}>
        {spec.items.map((item, index) => (
          <div key={`${item.label}-${index}`}>
            <p>{item.label}</p>
            {item.values.map((value, i) => (
              <div key={spec.series[i].name} className="bar">
                <span className="track">
                  <span className={`fill ${spec.series[i].barClass}`} style={{ width: `${width(value)}%` }} />
                </span>
                <span className="value">{item.display[i]}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
