// The figures of the pratiques inspirantes for AVE, each one SQL aggregation: answers received
// (every answer submitted at least once: not a draft) and published, by region of the practice, by
// theme (a practice with several themes counts once in each) and by the respondent's organisation
// type; and where practices were presented (meeting, item or atelier, date).
//
// Answers have no edition: the region filter applies to the practice's region, the edition filter
// only to the meetings where practices were presented (published meetings, like every statistic).
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { agendaItems, events, practicePresentations, practices, regions, workshops, type OrganisationType, type PracticeStatus, type PracticeTheme } from '../schema';
import { epochMs, eventsIn, type StatsScope } from './stats-shared';

export type PracticeCounts = { received: number; published: number };
export type PracticeRegionRow = PracticeCounts & { regionCode: string | null; regionName: string | null; total: boolean };
export type PracticeThemeRow = PracticeCounts & { theme: PracticeTheme };
export type PracticeOrganisationRow = PracticeCounts & { type: OrganisationType | null };

const RECEIVED = sql`${practices.status} <> 'draft'`;
const counts = sql`
  count(*) FILTER (WHERE ${RECEIVED})::int AS received,
  count(*) FILTER (WHERE ${practices.status} = 'published')::int AS published`;

/** Answers of the region asked (every region without one). */
function practicesIn(scope: StatsScope): SQL {
  return scope.regionCode === undefined ? sql`true` : sql`${regions.code} = ${scope.regionCode}`;
}

/** One row per region with answers, and the total (GROUPING SETS). */
export function practiceRegionsSql(scope: StatsScope): SQL {
  return sql`
    SELECT ${regions.code} AS region_code, ${regions.name} AS region_name, GROUPING(${regions.code}) = 1 AS total, ${counts}
    FROM ${practices}
    LEFT JOIN ${regions} ON ${regions.id} = ${practices.regionId}
    WHERE ${RECEIVED} AND ${practicesIn(scope)}
    GROUP BY GROUPING SETS ((${regions.code}, ${regions.name}), ())
    ORDER BY GROUPING(${regions.code}), received DESC, ${regions.name}`;
}

export async function findPracticeRegions(tx: Executor, scope: StatsScope): Promise<PracticeRegionRow[]> {
  const rows = await tx.execute<{ region_code: string | null; region_name: string | null; total: boolean; received: number; published: number }>(practiceRegionsSql(scope));
  return rows.map((r) => ({ regionCode: r.region_code, regionName: r.region_name, total: r.total, received: r.received, published: r.published }));
}

/** Every theme, in the survey's order, those without an answer too; a practice counts once per theme. */
export function practiceThemesSql(scope: StatsScope): SQL {
  return sql`
    SELECT t.theme::text AS theme,
      count(${practices.id}) FILTER (WHERE ${RECEIVED})::int AS received,
      count(${practices.id}) FILTER (WHERE ${practices.status} = 'published')::int AS published
    FROM unnest(enum_range(NULL::practice_theme)) WITH ORDINALITY AS t(theme, position)
    LEFT JOIN (${practices} JOIN ${regions} ON ${regions.id} = ${practices.regionId})
      ON t.theme = ANY(${practices.themes}) AND ${RECEIVED} AND ${practicesIn(scope)}
    GROUP BY t.theme, t.position
    ORDER BY t.position`;
}

export async function findPracticeThemes(tx: Executor, scope: StatsScope): Promise<PracticeThemeRow[]> {
  return [...(await tx.execute<PracticeThemeRow>(practiceThemesSql(scope)))];
}

/** The respondents' organisation types (null: not given), most answers first. */
export function practiceOrganisationsSql(scope: StatsScope): SQL {
  return sql`
    SELECT ${practices.respondentOrganisationType}::text AS type, ${counts}
    FROM ${practices}
    LEFT JOIN ${regions} ON ${regions.id} = ${practices.regionId}
    WHERE ${RECEIVED} AND ${practicesIn(scope)}
    GROUP BY ${practices.respondentOrganisationType}
    ORDER BY received DESC, ${practices.respondentOrganisationType} NULLS LAST`;
}

export async function findPracticeOrganisations(tx: Executor, scope: StatsScope): Promise<PracticeOrganisationRow[]> {
  return [...(await tx.execute<PracticeOrganisationRow>(practiceOrganisationsSql(scope)))];
}

export type PracticePresentationRow = {
  practiceTitle: string;
  practiceStatus: PracticeStatus;
  practiceRegion: string | null;
  eventTitle: string;
  eventRegion: string;
  eventStartsAt: Date;
  itemTitle: string;
  workshopCode: string | null;
  workshopTitle: string | null;
};

/** Each practice at each item or atelier of the meetings of the scope, in the order of the days. */
export function practicePresentationsSql(scope: StatsScope): SQL {
  return sql`
    SELECT ${practices.title} AS practice_title, ${practices.status}::text AS practice_status,
      pr.name AS practice_region, ${events.title} AS event_title, ${regions.name} AS event_region,
      ${epochMs(events.startsAt)} AS event_starts_at, ${agendaItems.title} AS item_title,
      ${workshops.code} AS workshop_code, ${workshops.title} AS workshop_title
    FROM ${practicePresentations}
    JOIN ${practices} ON ${practices.id} = ${practicePresentations.practiceId}
    LEFT JOIN ${regions} AS pr ON pr.id = ${practices.regionId}
    JOIN ${agendaItems} ON ${agendaItems.id} = ${practicePresentations.agendaItemId}
    JOIN ${events} ON ${events.id} = ${agendaItems.eventId}
    JOIN ${regions} ON ${regions.id} = ${events.regionId}
    LEFT JOIN ${workshops} ON ${workshops.id} = ${practicePresentations.workshopId}
    WHERE ${eventsIn(scope)}
    ORDER BY ${events.startsAt}, ${agendaItems.startsAt}, ${workshops.code} NULLS FIRST, ${practices.title}`;
}

export async function findPracticePresentations(tx: Executor, scope: StatsScope): Promise<PracticePresentationRow[]> {
  const rows = await tx.execute<{
    practice_title: string;
    practice_status: PracticeStatus;
    practice_region: string | null;
    event_title: string;
    event_region: string;
    event_starts_at: number;
    item_title: string;
    workshop_code: string | null;
    workshop_title: string | null;
  }>(practicePresentationsSql(scope));
  return rows.map((r) => ({
    practiceTitle: r.practice_title,
    practiceStatus: r.practice_status,
    practiceRegion: r.practice_region,
    eventTitle: r.event_title,
    eventRegion: r.event_region,
    eventStartsAt: new Date(r.event_starts_at),
    itemTitle: r.item_title,
    workshopCode: r.workshop_code,
    workshopTitle: r.workshop_title,
  }));
}
