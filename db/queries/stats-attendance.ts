// The tour's statistics about who attended: the four worlds, check-in, repeat attendees.
// The rules shared by every query are in stats-shared.ts; see stats.ts.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { events, regions, registrations, type OrganisationType } from '../schema';
import { CONFIRMED, PERSON, REGISTRATIONS_OF_EVENTS, epochMs, eventsIn, ratio, type StatsScope } from './stats-shared';

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
 * `mapping` (lib/stats/worlds.ts) says which world each organisation type belongs to. People are
 * counted from one row per world and person (a hash aggregate), not by COUNT DISTINCT.
 */
export function worldsSql(scope: StatsScope, mapping: readonly { type: OrganisationType; world: string; position: number }[]): SQL {
  const attendeesOf = sql`coalesce(sum(per_person.attendees), 0)`;
  return sql`
    WITH mapping AS (
      -- Typed as the enum: the ten types are converted once, not every registration's type to text.
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(mapping)}::jsonb) AS m(type organisation_type, world text, position int)
    ),
    worlds AS (
      SELECT world, min(position) AS position FROM mapping GROUP BY world
    ),
    per_person AS (
      SELECT mapping.world, ${PERSON} AS person, count(*) AS attendees
      ${REGISTRATIONS_OF_EVENTS}
      JOIN mapping ON mapping.type = ${registrations.organisationType}
      WHERE ${CONFIRMED} AND ${eventsIn(scope)}
      GROUP BY 1, 2
    )
    SELECT
      worlds.world,
      ${attendeesOf}::int AS attendees,
      count(per_person.person)::int AS people,
      ${ratio(attendeesOf, sql`sum(${attendeesOf}) OVER ()`)} AS share
    FROM worlds
    LEFT JOIN per_person ON per_person.world = worlds.world
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
  /** null on the row of all the events together. */
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
 * Present / confirmed for each event that has begun by `now` (a future event has nobody to
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
    WHERE ${eventsIn(scope)} AND ${events.startsAt} <= ${now.toISOString()}::timestamptz
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

export type EventsPerPersonRow = { events: number; people: number; share: number | null };

export type RepeatSummary = {
  /** Different people confirmed at one event at least. */
  people: number;
  /** Those confirmed at two different events or more. */
  repeat: number;
  share: number | null;
  /** How many people came to 1, 2, 3… different events. */
  distribution: EventsPerPersonRow[];
};

/**
 * How many people were confirmed at 1, 2, 3… different events, then (last row, from GROUPING SETS
 * so that it is there even over no event) all of them and those who came twice or more. One
 * statement for the table and its summary, so that each person's events are counted once; one
 * row per person and event first (hash aggregates), rather than COUNT(DISTINCT event_id) per person.
 */
export function repeatAttendeesSql(scope: StatsScope): SQL {
  const people = sql`count(*)`;
  const repeat = sql`count(*) FILTER (WHERE events >= 2)`;
  return sql`
    WITH attendance AS (
      SELECT ${PERSON} AS person, ${registrations.eventId} AS event_id
      ${REGISTRATIONS_OF_EVENTS}
      WHERE ${CONFIRMED} AND ${eventsIn(scope)}
      GROUP BY 1, 2
    ),
    per_person AS (
      SELECT person, count(*)::int AS events FROM attendance GROUP BY person
    )
    SELECT
      events,
      ${people}::int AS people,
      ${repeat}::int AS repeat,
      CASE GROUPING(events)
        WHEN 0 THEN ${ratio(people, sql`sum(${people}) OVER (PARTITION BY GROUPING(events))`)}
        ELSE ${ratio(repeat, people)}
      END AS share
    FROM per_person
    GROUP BY GROUPING SETS ((events), ())
    ORDER BY GROUPING(events), events`;
}

export async function findRepeatAttendees(tx: Executor, scope: StatsScope): Promise<RepeatSummary> {
  const rows = await tx.execute<{ events: number | null; people: number; repeat: number; share: number | null }>(repeatAttendeesSql(scope));
  const total = rows.find((r) => r.events === null)!;
  return {
    people: total.people,
    repeat: total.repeat,
    share: total.share,
    distribution: rows.filter((r) => r.events !== null).map((r) => ({ events: r.events!, people: r.people, share: r.share })),
  };
}

// ---------------------------------------------------------------------------------------------
// The filters' choices.

/** The editions that have a published event, latest first. */
export async function findStatsEditions(tx: Executor): Promise<number[]> {
  const rows = await tx.execute<{ edition: number }>(sql`
    SELECT DISTINCT ${events.edition}::int AS edition FROM ${events}
    WHERE ${events.status} = 'published'
    ORDER BY edition DESC`);
  return rows.map((r) => r.edition);
}
