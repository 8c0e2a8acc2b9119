// The figures of the pratiques inspirantes in the tour's statistics (db/queries/stats-practices.ts),
// read inside the statistics' snapshot.
import type { Executor } from '@/db/connect';
import {
  findPracticeOrganisations,
  findPracticePresentations,
  findPracticeRegions,
  findPracticeThemes,
  type PracticeOrganisationRow,
  type PracticePresentationRow,
  type PracticeRegionRow,
  type PracticeThemeRow,
} from '@/db/queries/stats-practices';
import type { StatsFilters } from './filters';

export type PracticeFigures = {
  /** Regions with answers; `total` counts every answer of the scope. */
  byRegion: PracticeRegionRow[];
  total: { received: number; published: number };
  themes: PracticeThemeRow[];
  organisationTypes: PracticeOrganisationRow[];
  presentations: PracticePresentationRow[];
};

export async function readPracticeFigures(tx: Executor, scope: StatsFilters): Promise<PracticeFigures> {
  const regions = await findPracticeRegions(tx, scope);
  const total = regions.find((r) => r.total);
  return {
    byRegion: regions.filter((r) => !r.total),
    total: { received: total?.received ?? 0, published: total?.published ?? 0 },
    themes: await findPracticeThemes(tx, scope),
    organisationTypes: await findPracticeOrganisations(tx, scope),
    presentations: await findPracticePresentations(tx, scope),
  };
}
