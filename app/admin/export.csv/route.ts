import { exportTourRegistrations } from '@/lib/admin/export';
import { parseTourFilters } from '@/lib/admin/tour-filters';
import { assertConsole } from '@/lib/auth/permissions';
import { CSV_TYPE, route } from '@/lib/server/route';

/**
 * Every registration of the tour as CSV, with the filters of /admin (same query string) and a
 * registration status. Checked here, not only by the proxy: anonymous → 401, anyone but national
 * staff → 404, as if the file did not exist.
 */
export const GET = route(async ({ request, user, now }) => {
  assertConsole(user);
  const filters = parseTourFilters(new URL(request.url).searchParams);
  const { filename, csv } = await exportTourRegistrations(user, filters, { now });
  return { file: csv, filename, type: CSV_TYPE };
});
