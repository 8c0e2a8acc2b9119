import { AppError } from '@/lib/errors';
import { publicCacheControl } from '@/lib/events/public';
import { toApiPracticeDetail } from '@/lib/practices/api';
import { getPublishedPractice } from '@/lib/practices/public';
import { route } from '@/lib/server/route';

// GET /api/practices/{slug}: one published practice and the meetings where it was presented.
export const GET = route<{ slug: string }>(
  async ({ params, appUrl }) => {
    const practice = await getPublishedPractice(params.slug);
    if (!practice) throw new AppError('not_found', 'Pratique introuvable.');
    return { json: { practice: toApiPracticeDetail(practice, appUrl) }, headers: { 'Cache-Control': publicCacheControl() } };
  },
  { public: true },
);
