import { generateRecueilPdf } from '@/lib/recueil/generate';
import { parseRecueilFilters } from '@/lib/recueil/filters';
import { route } from '@/lib/server/route';

/**
 * The national recueil of the published practices as a PDF, for everyone; ?region= and ?theme=
 * narrow it as on /pratiques/recueil. Generated on each request (a shared cache in front may keep
 * it a minute).
 */
export const GET = route(
  async ({ request, now }) => {
    const filters = parseRecueilFilters(new URL(request.url).searchParams);
    const { filename, pdf } = await generateRecueilPdf(filters, { now });
    return { file: pdf, filename, type: 'application/pdf', headers: { 'Cache-Control': 'public, s-maxage=60, stale-while-revalidate=600' } };
  },
  { public: true },
);
