import { connection } from 'next/server';
import { eventCalendar } from '@/lib/events/calendar';
import { getPublicEvent } from '@/lib/events/public';
import { appUrl } from '@/lib/config';
import { handle, notFoundError } from '@/lib/http';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // Outside handle(): during prerendering connection() rejects on purpose and must not be caught.
  await connection();
  return handle(async () => {
    const { slug } = await params;
    const event = await getPublicEvent(slug);
    if (!event) throw notFoundError();
    const body = eventCalendar(event, appUrl(), new Date());
    return new Response(body, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug}.ics"`,
      },
    });
  });
}
