// Each statistic as a table: the page shows it (the text equivalent of its chart) and the CSV file
// holds the very same rows, so the two never disagree.
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import { formatTimeRange } from '@/lib/time';
import { departmentLabel } from './departments';
import type { TourStatistics } from './tour-statistics';
import { worldLabel } from './worlds';

export const STAT_TABLE_SLUGS = ['regions', 'organisations', 'departements', 'ateliers', 'mondes', 'presence', 'fidelite'] as const;
export type StatTableSlug = (typeof STAT_TABLE_SLUGS)[number];

export function isStatTableSlug(value: string): value is StatTableSlug {
  return (STAT_TABLE_SLUGS as readonly string[]).includes(value);
}

/** A count, a ratio in [0, 1] (null: nothing to divide by), a day or a text. */
export type StatCell = number | { ratio: number | null } | { date: Date } | string;
export type StatColumn = { header: string; kind: 'text' | 'count' | 'ratio' | 'date' };
export type StatRow = { cells: StatCell[]; total?: boolean };

/** The first column names the row (a row header on the page). */
export type StatTable = { slug: StatTableSlug; title: string; columns: StatColumn[]; rows: StatRow[] };

const text = (header: string): StatColumn => ({ header, kind: 'text' });
const count = (header: string): StatColumn => ({ header, kind: 'count' });
const ratio = (header: string): StatColumn => ({ header, kind: 'ratio' });
const date = (header: string): StatColumn => ({ header, kind: 'date' });
const r = (value: number | null) => ({ ratio: value });

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
};

export function statisticsTable(stats: TourStatistics, slug: StatTableSlug): StatTable {
  return BUILDERS[slug](stats);
}
