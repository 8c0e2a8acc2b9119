import { connection } from 'next/server';
import { toApiEventDetail } from '@/lib/events/api';
import { getPublicEvent, publicCacheControl } from '@/lib/events/public';
import { handle, notFoundError } from '@/lib/http';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // Outside handle(): during prerendering connection() rejects on purpose and must not be caught.
  await connection();
  return handle(async () => {
    const { slug } = await params;
    const event = await getPublicEvent(slug);
    if (!event) throw notFoundError();
    // Public data: a shared cache (nginx, README) may keep it as long as the public pages.
    return Response.json({ event: toApiEventDetail(event, new Date()) }, { headers: { 'Cache-Control': publicCacheControl() } });
  });
}
