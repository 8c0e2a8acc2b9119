import { connection } from 'next/server';
import { db } from '@/db';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { handle, notFoundError } from '@/lib/http';
import { exportStatisticsTable } from '@/lib/stats/export';
import { parseStatsFilters } from '@/lib/stats/filters';

/**
 * One statistics table as CSV, with the filters of the page (same query string). Checked here, not
 * only by the proxy: anonymous → 401; a partner → 404, as every /admin page (staff pages do not
 * exist for them); an unknown table → 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  // Outside handle(): during prerendering connection() rejects on purpose and must not be caught.
  await connection();
  return handle(async () => {
    const { table } = await params;
    const user = await getCurrentUser();
    if (user && !can(user, 'stats:read')) throw notFoundError('Page introuvable.');
    const filters = parseStatsFilters(new URL(request.url).searchParams);
    const { filename, csv } = await exportStatisticsTable(db, user, table, filters, new Date());
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
