import { eventCalendar } from '@/lib/events/calendar';
import { getPublicEvent } from '@/lib/events/public';
import { notFoundError } from '@/lib/http';
import { route } from '@/lib/server/route';

export const GET = route<{ slug: string }>(
  async ({ params, appUrl, now }) => {
    const event = await getPublicEvent(params.slug);
    if (!event) throw notFoundError();
    return { file: eventCalendar(event, appUrl, now), filename: `${params.slug}.ics`, type: 'text/calendar; charset=utf-8' };
  },
  { public: true },
);
