// The whole tour's figures for national staff: every number is an SQL aggregation
// (db/queries/stats.ts); this use case checks the permission, settles the filters and reads every
// figure from one snapshot, so that totals and details always agree.
import type { Database } from '@/db/connect';
import { findRegions } from '@/db/queries/regions';
import {
  findCheckInRates,
  findDepartments,
  findOrganisationTypes,
  findRegistrationsByRegion,
  findRepeatAttendees,
  findStatsEditions,
  findWorkshopFill,
  findWorlds,
  type CheckInRow,
  type DepartmentRow,
  type OrganisationTypeRow,
  type RegionEditionRow,
  type RepeatSummary,
  type WorkshopFillRow,
  type WorldRow,
} from '@/db/queries/stats';
import { assertCan, type CurrentUser } from '@/lib/auth/permissions';
import { DEPARTMENTS } from './departments';
import { readPracticeFigures, type PracticeFigures } from './practice-figures';
import type { StatsFilters } from './filters';
import { WORLD_MAPPING } from './worlds';
import { db as pool } from '@/db';

export type { StatsFilters } from './filters';

export type RegionOption = { code: string; name: string };

export type TourStatistics = {
  /** The filters in force (an unknown region is dropped). */
  filters: StatsFilters;
  /** Events that began before this instant count for the check-in rate. */
  now: Date;
  options: { editions: number[]; regions: RegionOption[] };
  /** Region × edition rows, edition subtotals when several editions are shown. */
  byRegion: RegionEditionRow[];
  /** All the events of the filters: a person registered twice counts once in `people`. */
  totals: RegionEditionRow;
  organisationTypes: OrganisationTypeRow[];
  departments: DepartmentRow[];
  workshops: WorkshopFillRow[];
  worlds: WorldRow[];
  checkIn: { events: CheckInRow[]; overall: CheckInRow };
  repeatAttendees: RepeatSummary;
  /** Pratiques inspirantes: answers, published, where they were presented. */
  practices: PracticeFigures;
};

/** Permission 'stats:read' (national staff). Filters that match nothing give zeros, not an error. */
export async function getTourStatistics(
  user: CurrentUser | null,
  filters: StatsFilters,
  options: { now?: Date } = {},
  db: Database = pool,
): Promise<TourStatistics> {
  assertCan(user, 'stats:read');
  const now = options.now ?? new Date();
  // One read-only snapshot: figures computed a few milliseconds apart still describe the same data.
  return db.transaction(
    async (tx) => {
      const [editions, allRegions] = [await findStatsEditions(tx), await findRegions(tx)];
      const regionCode = allRegions.some((r) => r.code === filters.regionCode) ? filters.regionCode : undefined;
      const scope: StatsFilters = { ...(filters.edition !== undefined ? { edition: filters.edition } : {}), ...(regionCode ? { regionCode } : {}) };
      const rows = await findRegistrationsByRegion(tx, scope);
      const organisationTypes = await findOrganisationTypes(tx, scope);
      const departments = await findDepartments(tx, scope, DEPARTMENTS);
      const workshops = await findWorkshopFill(tx, scope);
      const worlds = await findWorlds(tx, scope, WORLD_MAPPING);
      const checkIns = await findCheckInRates(tx, scope, now);
      const repeatAttendees = await findRepeatAttendees(tx, scope);
      const practices = await readPracticeFigures(tx, scope);
      return {
        filters: scope,
        now,
        options: { editions, regions: allRegions.map((r) => ({ code: r.code, name: r.name })) },
        byRegion: rows.filter((r) => r.level !== 'total'),
        // GROUPING SETS always yields the grand total, even over no event at all.
        totals: rows.find((r) => r.level === 'total')!,
        organisationTypes,
        departments,
        workshops,
        worlds,
        checkIn: { events: checkIns.filter((r) => r.eventId !== null), overall: checkIns.find((r) => r.eventId === null)! },
        repeatAttendees,
        practices,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
