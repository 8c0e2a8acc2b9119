import { connection } from 'next/server';
import { db } from '@/db';
import { exportTourRegistrations } from '@/lib/admin/export';
import { parseTourFilters } from '@/lib/admin/tour-filters';
import { getCurrentUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { handle } from '@/lib/http';

/**
 * Every registration of the tour as CSV, with the filters of /admin (same query string) and a
 * registration status. Checked here, not only by the proxy: anonymous → 401, anyone but national
 * staff → 404, as if the file did not exist.
 */
export async function GET(request: Request) {
  // Outside handle(): during prerendering connection() rejects on purpose and must not be caught.
  await connection();
  return handle(async () => {
    const user = await getCurrentUser();
    if (user && user.role !== 'national') throw new AppError('not_found', 'Page introuvable.');
    const filters = parseTourFilters(new URL(request.url).searchParams);
    const { filename, csv } = await exportTourRegistrations(db, user, filters, { now: new Date() });
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
