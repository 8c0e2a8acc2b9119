// One statistics table as a CSV file for French Excel (lib/exports/csv.ts), with the page's filters.
import type { Database } from '@/db/connect';
import { assertCan, type CurrentUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { buildCsv } from '@/lib/exports/csv';
import { parisDate } from '@/lib/time';
import type { StatsFilters } from './filters';
import { csvCell } from './format';
import { isStatTableSlug, statisticsTable } from './tables';
import { getTourStatistics } from './tour-statistics';
import { db as pool } from '@/db';

/** Permission 'stats:read'; an unknown table is not_found. */
export async function exportStatisticsTable(
  user: CurrentUser | null,
  table: string,
  filters: StatsFilters,
  now: Date,
  db: Database = pool,
): Promise<{ filename: string; csv: string }> {
  assertCan(user, 'stats:read');
  if (!isStatTableSlug(table)) throw new AppError('not_found', 'Tableau de statistiques introuvable.');
  const stats = await getTourStatistics(user, filters, { now }, db);
  const { columns, rows } = statisticsTable(stats, table);
  const headers = columns.map((c) => (c.kind === 'ratio' ? `${c.header} (%)` : c.header));
  const scope = [
    stats.filters.edition !== undefined ? String(stats.filters.edition) : 'toutes-editions',
    ...(stats.filters.regionCode ? [`region-${stats.filters.regionCode.toLowerCase()}`] : []),
  ].join('-');
  return {
    filename: `statistiques-${table}-${scope}-${parisDate(now)}.csv`,
    csv: buildCsv(
      headers,
      rows.map((row) => row.cells.map(csvCell)),
    ),
  };
}
