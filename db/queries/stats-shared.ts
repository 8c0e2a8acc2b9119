// What every statistics query shares: which events, which registrations, who is a person.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { events, regions, registrations } from '../schema';
import { HOLDS_SEAT } from './seats';

export type StatsScope = {
  edition?: number;
  /** INSEE code of the region. */
  regionCode?: string;
};

/** The events the statistics are about. */
export function eventsIn(scope: StatsScope): SQL {
  return and(
    eq(events.status, 'published'),
    scope.edition !== undefined ? eq(events.edition, scope.edition) : undefined,
    scope.regionCode !== undefined ? eq(regions.code, scope.regionCode) : undefined,
  )!;
}

/** Written as IN (not <> 'cancelled') so that registrations_event_status_idx can serve it. */
export const LIVE = sql`${registrations.status} IN ('confirmed', 'waitlisted')`;
/** A seat held (db/queries/seats.ts). */
export const CONFIRMED = HOLDS_SEAT;

/**
 * The person behind a registration; the id stands in should a key ever be missing. Compared byte by
 * byte (COLLATE "C"): a key is only ever tested for equality, and under the database's collation
 * every sort of these 64-character keys (COUNT DISTINCT, GROUP BY) would go through the locale's
 * rules, without abbreviated keys, for nothing.
 */
export const PERSON = sql`(coalesce(${registrations.personKey}, ${registrations.id}::text) COLLATE "C")`;

/** Milliseconds since the epoch: raw statements get timestamps as text, a number converts safely. */
export const epochMs = (column: AnyPgColumn | SQL) => sql`(extract(epoch FROM ${column}) * 1000)::float8`;

/** count / total as a float8 in [0, 1], NULL when the total is 0. */
export const ratio = (count: SQL, total: SQL) => sql`(${count})::float8 / nullif((${total})::float8, 0)`;

export const REGISTRATIONS_OF_EVENTS = sql`
  FROM ${registrations}
  JOIN ${events} ON ${events.id} = ${registrations.eventId}
  JOIN ${regions} ON ${regions.id} = ${events.regionId}`;
