// What the charts of the pratiques inspirantes draw: answers received and published side by side.
import { PRACTICE_THEMES } from '@/lib/practices/model';
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { formatCount } from '@/lib/stats/format';
import type { StatTableSlug } from '@/lib/stats/tables';
import type { TourStatistics } from '@/lib/stats/tour-statistics';
import { SERIES, type ChartSpec } from './bar-chart';

const SERIES_OF_ANSWERS = [
  { name: 'Réponses reçues', barClass: SERIES.primary },
  { name: 'Publiées', barClass: SERIES.secondary },
];

const bars = (label: string, row: { received: number; published: number }) => ({
  label,
  values: [row.received, row.published],
  display: [formatCount(row.received), formatCount(row.published)],
});

export function practiceChartOf(stats: TourStatistics, slug: StatTableSlug): ChartSpec | null {
  const { practices } = stats;
  switch (slug) {
    case 'pratiques-regions':
      return { title: 'réponses reçues et pratiques publiées par région', series: SERIES_OF_ANSWERS, items: practices.byRegion.map((r) => bars(r.regionName ?? 'Non renseignée', r)) };
    case 'pratiques-themes':
      return { title: 'réponses reçues et pratiques publiées par thème', series: SERIES_OF_ANSWERS, items: practices.themes.map((t) => bars(PRACTICE_THEMES[t.theme], t)) };
    case 'pratiques-organisations':
      return {
        title: 'réponses reçues et pratiques publiées par type d’organisation',
        series: SERIES_OF_ANSWERS,
        items: practices.organisationTypes.map((t) => bars(t.type ? organisationTypeLabel(t.type) : 'Non renseigné', t)),
      };
    default:
      return null;
  }
}
