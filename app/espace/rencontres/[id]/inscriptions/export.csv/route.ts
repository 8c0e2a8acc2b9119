import { parseRegistrationFilters } from '@/lib/registrations/list-filters';
import { exportEventRegistrations } from '@/lib/registrations/list';
import { CSV_TYPE, route } from '@/lib/server/route';

/**
 * The registrations of an event as CSV, with the filters of the page (same query string).
 * Checked here, not only by the proxy: anonymous → 401, another region's or an unknown event → 404.
 */
export const GET = route<{ id: string }>(async ({ request, params, ...ctx }) => {
  const filters = parseRegistrationFilters(new URL(request.url).searchParams);
  const { filename, csv } = await exportEventRegistrations(params.id, filters, ctx);
  return { file: csv, filename, type: CSV_TYPE };
});
