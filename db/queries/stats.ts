// The tour's statistics, each one a single SQL aggregation (GROUP BY, COUNT(DISTINCT), FILTER,
// GROUPING SETS, window functions): no registration ever travels to JavaScript to be counted.
//
// Shared rules of every query:
// - a meeting counts when it is published, in the edition and region asked (a cancelled meeting
//   keeps its registrations "for the record" but nobody attended it; a draft is not on the tour);
// - a live registration is confirmed or waitlisted, an attendee is confirmed; cancelled
//   registrations count nowhere;
// - a person is their person_key (SHA-256 of the lower-cased e-mail, set by a trigger and kept
//   when personal fields are anonymised), never the e-mail itself.
//
// Each statement is built by a *Sql function (used by the EXPLAIN test) and run by a find* function.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../connect';
import { agendaItems, events, regions, registrations, workshopChoices, workshops, type OrganisationType } from '../schema';

export type StatsScope = {
  edition?: number;
  /** INSEE code of the region. */
  regionCode?: string;
};

/** The meetings the statistics are about. */
function meetingsIn(scope: StatsScope): SQL {
  return and(
    eq(events.status, 'published'),
    scope.edition !== undefined ? eq(events.edition, scope.edition) : undefined,
    scope.regionCode !== undefined ? eq(regions.code, scope.regionCode) : undefined,
  )!;
}

/** Written as IN (not <> 'cancelled') so that registrations_event_status_idx can serve it. */
const LIVE = sql`${registrations.status} IN ('confirmed', 'waitlisted')`;
const CONFIRMED = sql`${registrations.status} = 'confirmed'`;

/** The person behind a registration; the id stands in should a key ever be missing. */
const PERSON = sql`coalesce(${registrations.personKey}, ${registrations.id}::text)`;

/** Milliseconds since the epoch: raw statements get timestamps as text, a number converts safely. */
const epochMs = (column: AnyPgColumn) => sql`(extract(epoch FROM ${column}) * 1000)::float8`;

/** count / total as a float8 in [0, 1], NULL when the total is 0. */
const ratio = (count: SQL, total: SQL) => sql`(${count})::float8 / nullif((${total})::float8, 0)`;

const REGISTRATIONS_OF_MEETINGS = sql`
  FROM ${registrations}
  JOIN ${events} ON ${events.id} = ${registrations.eventId}
  JOIN ${regions} ON ${regions.id} = ${events.regionId}`;

// ---------------------------------------------------------------------------------------------
// Registrations and unique people per region and edition, with totals.

export type RegionEditionRow = {
  /** 'region': one region in one edition; 'edition': every region of an edition; 'total': all. */
  level: 'region' | 'edition' | 'total';
  edition: number | null;
  regionCode: string | null;
  regionName: string | null;
  meetings: number;
  registrations: number;
  confirmed: number;
  waitlisted: number;
  /** Different people among the live registrations. */
  people: number;
  /** Different people among the confirmed registrations. */
  attendees: number;
};

/**
 * One row per region and edition, a row per edition (only when several editions are shown) and a
 * grand total: the totals count a person registered in two regions once (COUNT DISTINCT over the
 * whole set, not a sum of the rows above).
 */
export function regionEditionSql(scope: StatsScope): SQL {
  const sets =
    scope.edition === undefined
      ? sql`GROUPING SETS ((${events.edition}, ${regions.code}, ${regions.name}), (${events.edition}), ())`
      : sql`GROUPING SETS ((${events.edition}, ${regions.code}, ${regions.name}), ())`;
  return sql`
    SELECT
      CASE GROUPING(${events.edition}, ${regions.code}) WHEN 0 THEN 'region' WHEN 1 THEN 'edition' ELSE 'total' END AS level,
      ${events.edition}::int AS edition,
      ${regions.code} AS region_code,
      ${regions.name} AS region_name,
      count(DISTINCT ${events.id})::int AS meetings,
      count(${registrations.id})::int AS registrations,
      count(${registrations.id}) FILTER (WHERE ${CONFIRMED})::int AS confirmed,
      count(${registrations.id}) FILTER (WHERE ${registrations.status} = 'waitlisted')::int AS waitlisted,
      count(DISTINCT ${PERSON})::int AS people,
      count(DISTINCT ${PERSON}) FILTER (WHERE ${CONFIRMED})::int AS attendees
    FROM ${events}
    JOIN ${regions} ON ${regions.id} = ${events.regionId}
    LEFT JOIN ${registrations} ON ${registrations.eventId} = ${events.id} AND ${LIVE}
    WHERE ${meetingsIn(scope)}
    GROUP BY ${sets}
    ORDER BY GROUPING(${events.edition}), ${events.edition}, GROUPING(${regions.code}), ${regions.name}`;
}

export async function findRegistrationsByRegion(tx: Executor, scope: StatsScope): Promise<RegionEditionRow[]> {
  const rows = await tx.execute<{
    level: RegionEditionRow['level'];
    edition: number | null;
    region_code: string | null;
    region_name: string | null;
    meetings: number;
    registrations: number;
    confirmed: number;
    waitlisted: number;
    people: number;
    attendees: number;
  }>(regionEditionSql(scope));
  return rows.map((r) => ({
    level: r.level,
    edition: r.edition,
    regionCode: r.region_code,
    regionName: r.region_name,
    meetings: r.meetings,
    registrations: r.registrations,
    confirmed: r.confirmed,
    waitlisted: r.waitlisted,
    people: r.people,
    attendees: r.attendees,
  }));
}

// ---------------------------------------------------------------------------------------------
// Organisation types.

export type OrganisationTypeRow = {
  type: OrganisationType;
  registrations: number;
  people: number;
  /** Share of the live registrations; null when there are none. */
  share: number | null;
};

/** Every organisation type (those nobody came from too), most frequent first, then in the form's order. */
export function organisationTypesSql(scope: StatsScope): SQL {
  return sql`
    WITH live AS (
      SELECT ${registrations.organisationType} AS type, ${PERSON} AS person
      ${REGISTRATIONS_OF_MEETINGS}
      WHERE ${LIVE} AND ${meetingsIn(scope)}
    )
    SELECT
      t.type::text AS type,
      count(live.type)::int AS registrations,
      count(DISTINCT live.person)::int AS people,
      ${ratio(sql`count(live.type)`, sql`sum(count(live.type)) OVER ()`)} AS share
    FROM unnest(enum_range(NULL::organisation_type)) WITH ORDINALITY AS t(type, position)
    LEFT JOIN live ON live.type = t.type
    GROUP BY t.type, t.position
    ORDER BY registrations DESC, t.position`;
}

export async function findOrganisationTypes(tx: Executor, scope: StatsScope): Promise<OrganisationTypeRow[]> {
  return [...(await tx.execute<OrganisationTypeRow>(organisationTypesSql(scope)))];
}

// ---------------------------------------------------------------------------------------------
// Territories: departments derived from postcodes.

/**
 * The department of a French postcode, kept simple on purpose:
 * - 97xxx and 98xxx (overseas) → the first three digits (97400 → 974, 98800 → 988);
 * - 20xxx (Corsica) → 2A for 200xx and 201xx (Ajaccio, the south), 2B otherwise (202xx Bastia,
 *   206xx Furiani…);
 * - any other five digits → the first two (34070 → 34);
 * - what anonymisation leaves of a postcode (lib/privacy/anonymised-values.ts departmentPart: "34",
 *   "974", "200") → the same department, so that the figures do not change when the retention
 *   period passes;
 * - anything else (empty, foreign, malformed) → NULL.
 * A postcode is not an INSEE code: a few villages get the postcode of a neighbouring department's
 * sorting office, and Saint-Barthélemy / Saint-Martin (971xx) read as Guadeloupe. Good enough to
 * see where people come from; the list of known codes turns anything else into "not given".
 */
export function departmentCodeSql(postcode: SQL | AnyPgColumn): SQL<string | null> {
  const p = sql`btrim(${postcode})`;
  return sql<string | null>`(CASE
    WHEN ${p} ~ '^[0-9]{5}$' OR ${p} ~ '^(97|98|20)[0-9]$' THEN (CASE
      WHEN left(${p}, 2) IN ('97', '98') THEN left(${p}, 3)
      WHEN left(${p}, 2) = '20' THEN (CASE WHEN left(${p}, 3) IN ('200', '201') THEN '2A' ELSE '2B' END)
      ELSE left(${p}, 2)
    END)
    WHEN ${p} ~ '^[0-9]{2}$' AND ${p} NOT IN ('20', '97', '98') THEN ${p}
    ELSE NULL
  END)`;
}

export type DepartmentRow = {
  /** null: no postcode, or one that gives no known department. */
  code: string | null;
  name: string | null;
  registrations: number;
  people: number;
  share: number | null;
};

/**
 * Live registrations per department, most frequent first; "not given" last. `departments` is the
 * table of known codes and names (lib/stats/departments.ts), sent as one JSON parameter.
 */
export function departmentsSql(scope: StatsScope, departments: readonly { code: string; name: string }[]): SQL {
  return sql`
    WITH live AS (
      SELECT ${departmentCodeSql(registrations.postcode)} AS code, ${PERSON} AS person
      ${REGISTRATIONS_OF_MEETINGS}
      WHERE ${LIVE} AND ${meetingsIn(scope)}
    )
    SELECT
      d.code,
      d.name,
      count(*)::int AS registrations,
      count(DISTINCT live.person)::int AS people,
      ${ratio(sql`count(*)`, sql`sum(count(*)) OVER ()`)} AS share
    FROM live
    LEFT JOIN jsonb_to_recordset(${JSON.stringify(departments)}::jsonb) AS d(code text, name text) ON d.code = live.code
    GROUP BY d.code, d.name
    ORDER BY d.code IS NULL, registrations DESC, d.code COLLATE "C"`;
}

export async function findDepartments(
  tx: Executor,
  scope: StatsScope,
  departments: readonly { code: string; name: string }[],
): Promise<DepartmentRow[]> {
  return [...(await tx.execute<DepartmentRow>(departmentsSql(scope, departments)))];
}

// ---------------------------------------------------------------------------------------------
// Atelier popularity.

export type WorkshopFillRow = {
  workshopId: string;
  code: string;
  title: string;
  capacity: number;
  confirmed: number;
  /** confirmed / capacity; null for an atelier of no capacity. */
  fill: number | null;
  /** 1 for the fullest; ateliers equally full share a rank. */
  rank: number;
  eventId: string;
  eventTitle: string;
  eventStartsAt: Date;
  regionName: string;
  slotStartsAt: Date;
  slotEndsAt: Date;
};

/** Every atelier of the meetings, with its confirmed choices, the fullest first. */
export function workshopFillSql(scope: StatsScope): SQL {
  const confirmed = sql`count(${registrations.id})`;
  const fill = ratio(confirmed, sql`${workshops.capacity}`);
  return sql`
    SELECT
      ${workshops.id} AS workshop_id,
      ${workshops.code} AS code,
      ${workshops.title} AS title,
      ${workshops.capacity} AS capacity,
      ${confirmed}::int AS confirmed,
      ${fill} AS fill,
      rank() OVER (ORDER BY ${fill} DESC NULLS LAST)::int AS rank,
      ${events.id} AS event_id,
      ${events.title} AS event_title,
      ${epochMs(events.startsAt)} AS event_starts_at,
      ${regions.name} AS region_name,
      ${epochMs(agendaItems.startsAt)} AS slot_starts_at,
      ${epochMs(agendaItems.endsAt)} AS slot_ends_at
    FROM ${workshops}
    JOIN ${agendaItems} ON ${agendaItems.id} = ${workshops.slotId}
    JOIN ${events} ON ${events.id} = ${agendaItems.eventId}
    JOIN ${regions} ON ${regions.id} = ${events.regionId}
    LEFT JOIN (${workshopChoices} JOIN ${registrations} ON ${registrations.id} = ${workshopChoices.registrationId} AND ${CONFIRMED})
      ON ${workshopChoices.workshopId} = ${workshops.id}
    WHERE ${meetingsIn(scope)}
    GROUP BY ${workshops.id}, ${agendaItems.id}, ${events.id}, ${regions.id}
    ORDER BY ${fill} DESC NULLS LAST, ${confirmed} DESC, ${events.startsAt}, ${agendaItems.startsAt}, ${workshops.code}`;
}

export async function findWorkshopFill(tx: Executor, scope: StatsScope): Promise<WorkshopFillRow[]> {
  const rows = await tx.execute<{
    workshop_id: string;
    code: string;
    title: string;
    capacity: number;
    confirmed: number;
    fill: number | null;
    rank: number;
    event_id: string;
    event_title: string;
    event_starts_at: number;
    region_name: string;
    slot_starts_at: number;
    slot_ends_at: number;
  }>(workshopFillSql(scope));
  return rows.map((r) => ({
    workshopId: r.workshop_id,
    code: r.code,
    title: r.title,
    capacity: r.capacity,
    confirmed: r.confirmed,
    fill: r.fill,
    rank: r.rank,
    eventId: r.event_id,
    eventTitle: r.event_title,
    eventStartsAt: new Date(r.event_starts_at),
    regionName: r.region_name,
    slotStartsAt: new Date(r.slot_starts_at),
    slotEndsAt: new Date(r.slot_ends_at),
  }));
}

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
