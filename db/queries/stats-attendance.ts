// The tour's statistics about who attended: the four worlds, check-in, repeat attendees.
// The rules shared by every query are in stats-shared.ts; see stats.ts.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { events, regions, registrations, type OrganisationType } from '../schema';
import { CONFIRMED, PERSON, REGISTRATIONS_OF_MEETINGS, epochMs, meetingsIn, ratio, type StatsScope } from './stats-shared';

// ---------------------------------------------------------------------------------------------
// The tour's four worlds.

export type WorldRow = {
  world: string;
  /** Confirmed registrations of people of that world. */
  attendees: number;
  people: number;
  /** Share of the confirmed registrations; null when there are none. */
  share: number | null;
};

/**
 * Confirmed registrations per world, in the mapping's order (every world, even an empty one).
 * `mapping` (lib/stats/worlds.ts) says which world each organisation type belongs to.
 */
export function worldsSql(scope: StatsScope, mapping: readonly { type: OrganisationType; world: string; position: number }[]): SQL {
  return sql`
    WITH mapping AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(mapping)}::jsonb) AS m(type text, world text, position int)
    ),
    worlds AS (
      SELECT world, min(position) AS position FROM mapping GROUP BY world
    ),
    attendees AS (
      SELECT mapping.world, ${PERSON} AS person
      ${REGISTRATIONS_OF_MEETINGS}
      JOIN mapping ON mapping.type = ${registrations.organisationType}::text
      WHERE ${CONFIRMED} AND ${meetingsIn(scope)}
    )
    SELECT
      worlds.world,
      count(attendees.world)::int AS attendees,
      count(DISTINCT attendees.person)::int AS people,
      ${ratio(sql`count(attendees.world)`, sql`sum(count(attendees.world)) OVER ()`)} AS share
    FROM worlds
    LEFT JOIN attendees ON attendees.world = worlds.world
    GROUP BY worlds.world, worlds.position
    ORDER BY worlds.position`;
}

export async function findWorlds(
  tx: Executor,
  scope: StatsScope,
  mapping: readonly { type: OrganisationType; world: string; position: number }[],
): Promise<WorldRow[]> {
  return [...(await tx.execute<WorldRow>(worldsSql(scope, mapping)))];
}

// ---------------------------------------------------------------------------------------------
// Check-in rate.

export type CheckInRow = {
  /** null on the row of all the meetings together. */
  eventId: string | null;
  eventTitle: string | null;
  eventStartsAt: Date | null;
  regionName: string | null;
  confirmed: number;
  checkedIn: number;
  /** checkedIn / confirmed; null when nobody was confirmed. */
  rate: number | null;
};

/**
 * Present / confirmed for each meeting that has begun by `now` (a future meeting has nobody to
 * check in yet), in date order, then the same over all of them (last row).
 */
export function checkInSql(scope: StatsScope, now: Date): SQL {
  const confirmed = sql`count(${registrations.id})`;
  const checkedIn = sql`count(${registrations.checkedInAt})`;
  return sql`
    SELECT
      ${events.id} AS event_id,
      ${events.title} AS event_title,
      ${epochMs(events.startsAt)} AS event_starts_at,
      ${regions.name} AS region_name,
      ${confirmed}::int AS confirmed,
      ${checkedIn}::int AS checked_in,
      ${ratio(checkedIn, confirmed)} AS rate
    FROM ${events}
    JOIN ${regions} ON ${regions.id} = ${events.regionId}
    LEFT JOIN ${registrations} ON ${registrations.eventId} = ${events.id} AND ${CONFIRMED}
    WHERE ${meetingsIn(scope)} AND ${events.startsAt} <= ${now.toISOString()}::timestamptz
    GROUP BY GROUPING SETS ((${events.id}, ${events.title}, ${events.startsAt}, ${regions.name}), ())
    ORDER BY GROUPING(${events.id}), ${events.startsAt}, ${events.title}`;
}

export async function findCheckInRates(tx: Executor, scope: StatsScope, now: Date): Promise<CheckInRow[]> {
  const rows = await tx.execute<{
    event_id: string | null;
    event_title: string | null;
    event_starts_at: number | null;
    region_name: string | null;
    confirmed: number;
    checked_in: number;
    rate: number | null;
  }>(checkInSql(scope, now));
  return rows.map((r) => ({
    eventId: r.event_id,
    eventTitle: r.event_title,
    eventStartsAt: r.event_starts_at === null ? null : new Date(r.event_starts_at),
    regionName: r.region_name,
    confirmed: r.confirmed,
    checkedIn: r.checked_in,
    rate: r.rate,
  }));
}

// ---------------------------------------------------------------------------------------------
// Repeat attendees.

const CONFIRMED_MEETINGS_PER_PERSON = (scope: StatsScope) => sql`
  SELECT ${PERSON} AS person, count(DISTINCT ${registrations.eventId})::int AS meetings
  ${REGISTRATIONS_OF_MEETINGS}
  WHERE ${CONFIRMED} AND ${meetingsIn(scope)}
  GROUP BY 1`;

export type RepeatSummary = {
  /** Different people confirmed at one meeting at least. */
  people: number;
  /** Those confirmed at two different meetings or more. */
  repeat: number;
  share: number | null;
};

export function repeatAttendeesSql(scope: StatsScope): SQL {
  return sql`
    WITH per_person AS (${CONFIRMED_MEETINGS_PER_PERSON(scope)})
    SELECT
      count(*)::int AS people,
      count(*) FILTER (WHERE meetings >= 2)::int AS repeat,
      ${ratio(sql`count(*) FILTER (WHERE meetings >= 2)`, sql`count(*)`)} AS share
    FROM per_person`;
}

export async function findRepeatAttendees(tx: Executor, scope: StatsScope): Promise<RepeatSummary> {
  const [row] = await tx.execute<RepeatSummary>(repeatAttendeesSql(scope));
  return row;
}

export type MeetingsPerPersonRow = { meetings: number; people: number; share: number | null };

/** How many people came to 1, 2, 3… different meetings. */
export function meetingsPerPersonSql(scope: StatsScope): SQL {
  return sql`
    WITH per_person AS (${CONFIRMED_MEETINGS_PER_PERSON(scope)})
    SELECT meetings, count(*)::int AS people, ${ratio(sql`count(*)`, sql`sum(count(*)) OVER ()`)} AS share
    FROM per_person
    GROUP BY meetings
    ORDER BY meetings`;
}

export async function findMeetingsPerPerson(tx: Executor, scope: StatsScope): Promise<MeetingsPerPersonRow[]> {
  return [...(await tx.execute<MeetingsPerPersonRow>(meetingsPerPersonSql(scope)))];
}

// ---------------------------------------------------------------------------------------------
// The filters' choices.

/** The editions that have a published meeting, latest first. */
export async function findStatsEditions(tx: Executor): Promise<number[]> {
  const rows = await tx.execute<{ edition: number }>(sql`
    SELECT DISTINCT ${events.edition}::int AS edition FROM ${events}
    WHERE ${events.status} = 'published'
    ORDER BY edition DESC`);
  return rows.map((r) => r.edition);
}
