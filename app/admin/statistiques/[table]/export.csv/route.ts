import { assertConsole } from '@/lib/auth/permissions';
import { CSV_TYPE, route } from '@/lib/server/route';
import { exportStatisticsTable } from '@/lib/stats/export';
import { parseStatsFilters } from '@/lib/stats/filters';

/**
 * One statistics table as CSV, with the filters of the page (same query string). Checked here, not
 * only by the proxy: anonymous → 401; a partner → 404, as every /admin page (staff pages do not
 * exist for them); an unknown table → 404.
 */
export const GET = route<{ table: string }>(async ({ request, params, user, now }) => {
  assertConsole(user);
  const filters = parseStatsFilters(new URL(request.url).searchParams);
  const { filename, csv } = await exportStatisticsTable(user, params.table, filters, now);
  return { file: csv, filename, type: CSV_TYPE };
});
