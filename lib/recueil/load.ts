// The recueil's content: the published practices of a selection, with the meetings where they were
// presented and the staff's introduction. Public: nothing of the respondents is read.
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findRecueilPractices, findRecueilPresentations } from '@/db/queries/recueil';
import { findRegions } from '@/db/queries/regions';
import { getTourSettings } from '@/lib/practices/settings';
import { introductionText } from './content';
import { inRecueilOrder, type Recueil, type RecueilFilters, type RecueilPractice, type RecueilPresentation } from './model';

export async function loadRecueil(filters: RecueilFilters, ctx: { now: Date }, db: Executor = pool): Promise<Recueil> {
  const [rows, settings, regions] = await Promise.all([findRecueilPractices(db, filters), getTourSettings(db), filters.regionCode ? findRegions(db) : []]);
  const presentations = await findRecueilPresentations(
    db,
    rows.map((r) => r.id),
  );
  const byPractice = new Map<string, RecueilPresentation[]>();
  for (const { practiceId, ...p } of presentations) byPractice.set(practiceId, [...(byPractice.get(practiceId) ?? []), p]);
  const practices: RecueilPractice[] = rows.map(({ regionCode, regionName, slug, ...r }) => ({
    ...r,
    // Published practices always have one (practices_submitted_complete).
    slug: slug ?? r.id,
    region: { code: regionCode, name: regionName },
    presentations: byPractice.get(r.id) ?? [],
  }));
  const regionName = regions.find((r) => r.code === filters.regionCode)?.name ?? null;
  return {
    generatedAt: ctx.now,
    introduction: introductionText(settings.recueilIntroduction),
    filters,
    regionName,
    practices: inRecueilOrder(practices),
  };
}
