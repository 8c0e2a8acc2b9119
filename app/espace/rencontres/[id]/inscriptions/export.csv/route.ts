import { connection } from 'next/server';
import { db } from '@/db';
import { getCurrentUser } from '@/lib/auth/session';
import { handle } from '@/lib/http';
import { parseRegistrationFilters } from '@/lib/registrations/list-filters';
import { exportEventRegistrations } from '@/lib/registrations/list';

/**
 * The registrations of an event as CSV, with the filters of the page (same query string).
 * Checked here, not only by the proxy: anonymous → 401, another region's or an unknown event → 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Outside handle(): during prerendering connection() rejects on purpose and must not be caught.
  await connection();
  return handle(async () => {
    const { id } = await params;
    const user = await getCurrentUser();
    const filters = parseRegistrationFilters(new URL(request.url).searchParams);
    const { filename, csv } = await exportEventRegistrations(db, user, id, filters, new Date());
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
