import { toApiEventDetail } from '@/lib/events/api';
import { getPublicEvent, publicCacheControl } from '@/lib/events/public';
import { notFoundError } from '@/lib/http';
import { route } from '@/lib/server/route';

export const GET = route<{ slug: string }>(
  async ({ params, now }) => {
    const event = await getPublicEvent(params.slug);
    if (!event) throw notFoundError();
    // Public data: a shared cache (nginx, docs/operations.md) may keep it as long as the public pages.
    return { json: { event: toApiEventDetail(event, now) }, headers: { 'Cache-Control': publicCacheControl() } };
  },
  { public: true },
);
