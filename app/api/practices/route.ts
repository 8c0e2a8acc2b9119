import { getRegions, publicCacheControl } from '@/lib/events/public';
import { assertSameSite, readJsonObject } from '@/lib/json-body';
import { PAGE_SIZE, parseCollectionFilters, searchCollection } from '@/lib/practices/collection';
import { toApiPracticePage } from '@/lib/practices/api';
import { startSurveyAnswer } from '@/lib/practices/survey';
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

// POST /api/practices : a survey answer, submitted at once (202), its confirmation e-mail queued.
export const POST = route(
  async ({ request, ...ctx }) => {
    assertSameSite(request);
    const body = await readJsonObject(request);
    const result = await startSurveyAnswer(body, { ...ctx, origin: 'api' });
    return { json: { id: result.id, status: result.status }, status: 202 };
  },
  { public: true },
);
