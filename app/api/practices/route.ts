import { getRegions, publicCacheControl } from '@/lib/events/public';
import { PAGE_SIZE, parseCollectionFilters, searchCollection } from '@/lib/practices/collection';
import { toApiPracticePage } from '@/lib/practices/api';
import { route } from '@/lib/server/route';

// GET /api/practices?q=&region=&theme=&type=&qpv=&page= : published practices, ranked when q is given.
export const GET = route(
  async ({ request, appUrl }) => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const regions = await getRegions();
    const page = await searchCollection(parseCollectionFilters(params, regions.map((r) => r.code)));
    return { json: toApiPracticePage(page, PAGE_SIZE, appUrl), headers: { 'Cache-Control': publicCacheControl() } };
  },
  { public: true },
);
