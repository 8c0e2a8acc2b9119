import { connection } from 'next/server';
import { toApiEvent } from '@/lib/events/api';
import { getPublicEvents, publicCacheControl } from '@/lib/events/public';
import { handle } from '@/lib/http';

export async function GET() {
  // Outside handle(): during prerendering connection() rejects on purpose and must not be caught.
  await connection();
  return handle(async () => {
    const now = new Date();
    const events = await getPublicEvents();
    return Response.json({ events: events.map((e) => toApiEvent(e, now)) }, { headers: { 'Cache-Control': publicCacheControl() } });
  });
}
