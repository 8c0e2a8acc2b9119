// "Rencontres" of the national console: every event of every edition with its figures (capacity,
// confirmed, waiting list, fill and check-in rates), filtered by edition, region and status, and the
// totals of what is shown. The counting is done by the database (db/queries/admin-events.ts).
import type { Executor } from '@/db/connect';
import { findEditions, findTourEvents, sumTourEvents } from '@/db/queries/admin-events';
import { findRegions } from '@/db/queries/regions';
import { assertCanInConsole, type CurrentUser } from '@/lib/auth/permissions';

import type { TourFilters } from './tour-filters';
import { db as pool } from '@/db';

/** A share from 0 to 1, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export type TourEventRow = Awaited<ReturnType<typeof findTourEvents>>[number] & {
  /** Confirmed / capacity. */
  fillRate: number | null;
  /** Checked in / confirmed, once the event took place; null before. */
  checkInRate: number | null;
};

export type TourEventTotals = Awaited<ReturnType<typeof sumTourEvents>> & { fillRate: number | null; checkInRate: number | null };

export type TourOverview = {
  filters: TourFilters;
  events: TourEventRow[];
  totals: TourEventTotals;
  editions: number[];
  regions: { code: string; name: string }[];
};

/** The events page: national staff only (a partner has 'events:read' for their regions only). */
export async function listTourEvents(user: CurrentUser | null, filters: TourFilters, ctx: { now: Date }, db: Executor = pool): Promise<TourOverview> {
  assertCanInConsole(user, 'events:read');
  const conditions = { edition: filters.edition, regionCode: filters.regionCode, status: filters.status };
  const [rows, totals, editions, regions] = await Promise.all([
    findTourEvents(db, conditions, ctx.now),
    sumTourEvents(db, conditions, ctx.now),
    findEditions(db),
    findRegions(db),
  ]);
  return {
    filters,
    events: rows.map((row) => ({
      ...row,
      fillRate: rate(row.confirmed, row.capacity),
      checkInRate: row.held ? rate(row.checkedIn, row.confirmed) : null,
    })),
    totals: {
      ...totals,
      fillRate: rate(totals.confirmed, totals.capacity),
      checkInRate: totals.heldEvents > 0 ? rate(totals.checkedIn, totals.heldConfirmed) : null,
    },
    editions,
    regions: regions.map(({ code, name }) => ({ code, name })),
  };
}
