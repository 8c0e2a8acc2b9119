// The tables of the pratiques inspirantes on the statistics page and in its CSV files.
import { PRACTICE_STATUS_LABELS, PRACTICE_THEMES } from '@/lib/practices/model';
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { count, date, r, ratio, text, type StatTable, type StatTableSlug } from './table-model';
import type { TourStatistics } from './tour-statistics';

const share = (part: number, whole: number) => r(whole > 0 ? part / whole : null);

function regionsTable(s: TourStatistics): StatTable {
  const { byRegion, total } = s.practices;
  return {
    slug: 'pratiques-regions',
    title: 'Réponses à l’enquête reçues et pratiques publiées, par région de la pratique',
    columns: [text('Région'), count('Réponses reçues'), count('Pratiques publiées'), ratio('Part publiée')],
    rows: [
      ...byRegion.map((row) => ({ cells: [row.regionName ?? 'Non renseignée', row.received, row.published, share(row.published, row.received)] })),
      { cells: ['Total', total.received, total.published, share(total.published, total.received)], total: true },
    ],
  };
}

function themesTable(s: TourStatistics): StatTable {
  return {
    slug: 'pratiques-themes',
    title: 'Réponses reçues et pratiques publiées par thème (une pratique à plusieurs thèmes compte dans chacun)',
    columns: [text('Thème'), count('Réponses reçues'), count('Pratiques publiées')],
    rows: s.practices.themes.map((row) => ({ cells: [PRACTICE_THEMES[row.theme], row.received, row.published] })),
  };
}

function organisationsTable(s: TourStatistics): StatTable {
  return {
    slug: 'pratiques-organisations',
    title: 'Réponses reçues et pratiques publiées par type d’organisation du répondant',
    columns: [text("Type d'organisation"), count('Réponses reçues'), count('Pratiques publiées')],
    rows: s.practices.organisationTypes.map((row) => ({
      cells: [row.type ? organisationTypeLabel(row.type) : 'Non renseigné', row.received, row.published],
    })),
  };
}

function presentationsTable(s: TourStatistics): StatTable {
  return {
    slug: 'pratiques-presentees',
    title: 'Pratiques présentées lors des rencontres : où et quand',
    columns: [text('Pratique'), text('Statut'), text('Région de la pratique'), text('Rencontre'), text('Région de la rencontre'), date('Date'), text('Temps ou atelier')],
    rows: s.practices.presentations.map((row) => ({
      cells: [
        row.practiceTitle,
        PRACTICE_STATUS_LABELS[row.practiceStatus],
        row.practiceRegion ?? '',
        row.eventTitle,
        row.eventRegion,
        { date: row.eventStartsAt },
        row.workshopCode ? `Atelier ${row.workshopCode} : ${row.workshopTitle ?? ''}` : row.itemTitle,
      ],
    })),
  };
}

export const practiceTableBuilders: Record<Extract<StatTableSlug, `pratiques-${string}`>, (s: TourStatistics) => StatTable> = {
  'pratiques-regions': regionsTable,
  'pratiques-themes': themesTable,
  'pratiques-organisations': organisationsTable,
  'pratiques-presentees': presentationsTable,
};
