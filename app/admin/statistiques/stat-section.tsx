import { formatCount } from '@/lib/stats/format';
import { LIST_ENDS, pageTables } from '@/lib/stats/page-tables';
import { statisticsTable, type StatTableSlug } from '@/lib/stats/tables';
import type { TourStatistics } from '@/lib/stats/tour-statistics';
import { BarChart } from './bar-chart';
import { chartOf } from './charts';
import { StatTableView } from './stat-table';

export const STATS_PATH = '/admin/statistiques';

/** One statistic of the page: its heading and intro, its chart (if it has one), its table(s) and its CSV file. */
export function StatSection({
  stats,
  query,
  slug,
  heading,
  intro,
  level = 2,
}: {
  stats: TourStatistics;
  query: string;
  slug: StatTableSlug;
  heading: string;
  intro: string;
  /** The heading's level: 3 inside a group of statistics. */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const table = statisticsTable(stats, slug);
  const tables = pageTables(table);
  const chart = chartOf(stats, slug);
  // A chart of nothing but zeros says less than a sentence (a 0 % fill or check-in is still drawn).
  const nothing = chart !== null && (chart.items.length === 0 || (chart.max === undefined && chart.items.every((i) => i.values.every((v) => v === 0))));
  const headingId = `stat-${slug}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <Heading id={headingId} className={level === 2 ? 'text-xl font-bold text-marine-900' : 'text-lg font-bold text-marine-900'}>
        {heading}
      </Heading>
      <p className="text-slate-800">{intro}</p>
      {nothing ? <p className="font-semibold text-slate-800">Aucune donnée à représenter pour ces filtres.</p> : chart ? <BarChart spec={chart} /> : null}
      {tables.length > 1 ? (
        <p className="text-slate-800">
          {formatCount(table.rows.length)} ateliers : voici les {LIST_ENDS} plus remplis et les {LIST_ENDS} moins remplis. Le fichier CSV ci-dessous
          les contient tous.
        </p>
      ) : null}
      {tables.map(({ table: shown, captionId }) => (
        <StatTableView key={captionId} table={shown} captionId={captionId} />
      ))}
      <p>
        <a href={`${STATS_PATH}/${slug}/export.csv${query}`} download>
          Télécharger en CSV<span className="sr-only"> : {heading}</span>
          {tables.length > 1 ? ` (les ${formatCount(table.rows.length)} ateliers)` : null}
        </a>
      </p>
    </section>
  );
}
