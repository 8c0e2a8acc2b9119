import { assertConsole } from '@/lib/auth/permissions';
import { exportRecueilCsv } from '@/lib/recueil/export';
import { parseRecueilFilters } from '@/lib/recueil/filters';
import { CSV_TYPE, route } from '@/lib/server/route';

/**
 * The recueil's selection (published practices, ?region= and ?theme= as for the PDF) as CSV for
 * national staff, with the respondents who agreed to be contacted. Anonymous → 401 (the proxy sends
 * a browser to the sign-in page), anyone who may not open the console → 404.
 */
export const GET = route(async ({ request, user, now, appUrl }) => {
  assertConsole(user);
  const filters = parseRecueilFilters(new URL(request.url).searchParams);
  const { filename, csv } = await exportRecueilCsv(filters, { user, now, appUrl });
  return { file: csv, filename, type: CSV_TYPE };
});
