// Each statistic as a table: the page shows it (the text equivalent of its chart) and the CSV file
// holds the very same rows, so the two never disagree.
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { formatTimeRange } from '@/lib/time';
import { departmentLabel } from './departments';
import type { TourStatistics } from './tour-statistics';
import { worldLabel } from './worlds';

import { practiceTableBuilders } from './practice-tables';
import { count, date, r, ratio, text, type StatTable, type StatTableSlug } from './table-model';

export { STAT_TABLE_SLUGS, isStatTableSlug, type StatCell, type StatColumn, type StatRow, type StatTable, type StatTableSlug } from './table-model';

function regionsTable(s: TourStatistics): StatTable {
  const severalEditions = s.filters.edition === undefined;
  return {
    slug: 'regions',
    title: 'Inscriptions et personnes uniques par région et par édition',
    columns: [
      text('Région'),
      text('Édition'),
      count('Rencontres'),
      count('Inscriptions'),
      count('Confirmées'),
      count("Liste d'attente"),
      count('Personnes uniques'),
      count('Participants uniques (confirmés)'),
    ],
    rows: [
      ...s.byRegion.map((row) => ({
        cells: [
          row.level === 'edition' ? `Toutes les régions` : row.regionName!,
          String(row.edition),
          row.events,
          row.registrations,
          row.confirmed,
          row.waitlisted,
          row.people,
          row.attendees,
        ],
        total: row.level === 'edition',
      })),
      {
        cells: [
          'Total',
          severalEditions ? 'Toutes' : String(s.totals.edition ?? s.filters.edition),
          s.totals.events,
          s.totals.registrations,
          s.totals.confirmed,
          s.totals.waitlisted,
          s.totals.people,
          s.totals.attendees,
        ],
        total: true,
      },
    ],
  };
}

function organisationsTable(s: TourStatistics): StatTable {
  return {
    slug: 'organisations',
    title: "Types d'organisation (inscriptions confirmées et en liste d'attente)",
    columns: [text("Type d'organisation"), count('Inscriptions'), count('Personnes uniques'), ratio('Part des inscriptions')],
    rows: s.organisationTypes.map((row) => ({ cells: [organisationTypeLabel(row.type), row.registrations, row.people, r(row.share)] })),
  };
}

function departmentsTable(s: TourStatistics): StatTable {
  return {
    slug: 'departements',
    title: 'Territoires : départements des inscrits (d’après le code postal)',
    columns: [text('Département'), count('Inscriptions'), count('Personnes uniques'), ratio('Part des inscriptions')],
    rows: s.departments.map((row) => ({ cells: [departmentLabel(row.code, row.name), row.registrations, row.people, r(row.share)] })),
  };
}

function workshopsTable(s: TourStatistics): StatTable {
  return {
    slug: 'ateliers',
    title: 'Popularité des ateliers (choix confirmés), du plus rempli au moins rempli',
    columns: [
      text('Atelier'),
      count('Rang'),
      text('Rencontre'),
      text('Région'),
      date('Date'),
      text('Créneau'),
      count('Choix confirmés'),
      count('Capacité'),
      ratio('Remplissage'),
    ],
    rows: s.workshops.map((w) => ({
      cells: [
        `${w.code}. ${w.title}`,
        w.rank,
        w.eventTitle,
        w.regionName,
        { date: w.eventStartsAt },
        formatTimeRange(w.slotStartsAt, w.slotEndsAt),
        w.confirmed,
        w.capacity,
        r(w.fill),
      ],
    })),
  };
}

function worldsTable(s: TourStatistics): StatTable {
  return {
    slug: 'mondes',
    title: 'Les quatre mondes du Tour (participants confirmés)',
    columns: [text('Monde'), count('Participants confirmés'), count('Personnes uniques'), ratio('Part des participants')],
    rows: s.worlds.map((w) => ({ cells: [worldLabel(w.world), w.attendees, w.people, r(w.share)] })),
  };
}

function checkInTable(s: TourStatistics): StatTable {
  const { events, overall } = s.checkIn;
  return {
    slug: 'presence',
    title: 'Taux de présence des rencontres passées (présents / confirmés)',
    columns: [text('Rencontre'), text('Région'), date('Date'), count('Confirmés'), count('Présents'), ratio('Taux de présence')],
    rows: [
      ...events.map((m) => ({
        cells: [m.eventTitle!, m.regionName!, { date: m.eventStartsAt! }, m.confirmed, m.checkedIn, r(m.rate)],
      })),
      { cells: ['Ensemble des rencontres passées', '', '', overall.confirmed, overall.checkedIn, r(overall.rate)], total: true },
    ],
  };
}

function repeatTable(s: TourStatistics): StatTable {
  const { distribution, people, repeat, share } = s.repeatAttendees;
  const events = (n: number) => `${n} rencontre${n > 1 ? 's' : ''}`;
  return {
    slug: 'fidelite',
    title: 'Participants venus à plusieurs rencontres (personnes confirmées)',
    columns: [text('Nombre de rencontres'), count('Personnes'), ratio('Part des personnes')],
    rows: [
      ...distribution.map((d) => ({ cells: [events(d.events), d.people, r(d.share)] })),
      { cells: ['2 rencontres ou plus', repeat, r(share)], total: true },
      { cells: ['Total des personnes', people, r(people > 0 ? 1 : null)], total: true },
    ],
  };
}

const BUILDERS: Record<StatTableSlug, (s: TourStatistics) => StatTable> = {
  regions: regionsTable,
  organisations: organisationsTable,
  departements: departmentsTable,
  ateliers: workshopsTable,
  mondes: worldsTable,
  presence: checkInTable,
  fidelite: repeatTable,
  ...practiceTableBuilders,
};

export function statisticsTable(stats: TourStatistics, slug: StatTableSlug): StatTable {
  return BUILDERS[slug](stats);
}
