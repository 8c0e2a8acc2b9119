import { toApiEvent } from '@/lib/events/api';
import { getPublicEvents, publicCacheControl } from '@/lib/events/public';
import { route } from '@/lib/server/route';

export const GET = route(
  async ({ now }) => {
    const events = await getPublicEvents();
    // Public data: a shared cache (nginx, docs/operations.md) may keep it as long as the public pages.
    return { json: { events: events.map((e) => toApiEvent(e, now)) }, headers: { 'Cache-Control': publicCacheControl() } };
  },
  { public: true },
);
