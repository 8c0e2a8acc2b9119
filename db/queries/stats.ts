// The tour's statistics, each one a single SQL aggregation (GROUP BY, COUNT(DISTINCT), FILTER,
// GROUPING SETS, window functions): no registration ever travels to JavaScript to be counted.
//
// Shared rules of every query:
// - an event counts when it is published, in the edition and region asked (a cancelled event
//   keeps its registrations "for the record" but nobody attended it; a draft is not on the tour);
// - a live registration is confirmed or waitlisted, an attendee is confirmed; cancelled
//   registrations count nowhere;
// - a person is their person_key (SHA-256 of the lower-cased e-mail, set by a trigger and kept
//   when personal fields are anonymised), never the e-mail itself.
//
// Each statement is built by a *Sql function (used by the EXPLAIN test) and run by a find* function.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { agendaItems, events, regions, registrations, workshopChoices, workshops, type OrganisationType } from '../schema';
import { CONFIRMED, LIVE, PERSON, REGISTRATIONS_OF_EVENTS, epochMs, eventsIn, ratio, type StatsScope } from './stats-shared';

export type { StatsScope } from './stats-shared';
export * from './stats-attendance';
export * from './stats-territories';

// ---------------------------------------------------------------------------------------------
// Registrations and unique people per region and edition, with totals.

export type RegionEditionRow = {
  /** 'region': one region in one edition; 'edition': every region of an edition; 'total': all. */
  level: 'region' | 'edition' | 'total';
  edition: number | null;
  regionCode: string | null;
  regionName: string | null;
  events: number;
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
      count(DISTINCT ${events.id})::int AS events,
      count(${registrations.id})::int AS registrations,
      count(${registrations.id}) FILTER (WHERE ${CONFIRMED})::int AS confirmed,
      count(${registrations.id}) FILTER (WHERE ${registrations.status} = 'waitlisted')::int AS waitlisted,
      count(DISTINCT ${PERSON})::int AS people,
      count(DISTINCT ${PERSON}) FILTER (WHERE ${CONFIRMED})::int AS attendees
    FROM ${events}
    JOIN ${regions} ON ${regions.id} = ${events.regionId}
    LEFT JOIN ${registrations} ON ${registrations.eventId} = ${events.id} AND ${LIVE}
    WHERE ${eventsIn(scope)}
    GROUP BY ${sets}
    ORDER BY GROUPING(${events.edition}), ${events.edition}, GROUPING(${regions.code}), ${regions.name}`;
}

export async function findRegistrationsByRegion(tx: Executor, scope: StatsScope): Promise<RegionEditionRow[]> {
  const rows = await tx.execute<{
    level: RegionEditionRow['level'];
    edition: number | null;
    region_code: string | null;
    region_name: string | null;
    events: number;
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
    events: r.events,
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

/**
 * Every organisation type (those nobody came from too), most frequent first, then in the form's order.
 * People are counted from one row per type and person (a hash aggregate) rather than by COUNT
 * DISTINCT, which would sort every registration's key.
 */
export function organisationTypesSql(scope: StatsScope): SQL {
  const registrationsOf = sql`coalesce(sum(per_person.registrations), 0)`;
  return sql`
    WITH per_person AS (
      SELECT ${registrations.organisationType} AS type, ${PERSON} AS person, count(*) AS registrations
      ${REGISTRATIONS_OF_EVENTS}
      WHERE ${LIVE} AND ${eventsIn(scope)}
      GROUP BY 1, 2
    )
    SELECT
      t.type::text AS type,
      ${registrationsOf}::int AS registrations,
      count(per_person.person)::int AS people,
      ${ratio(registrationsOf, sql`sum(${registrationsOf}) OVER ()`)} AS share
    FROM unnest(enum_range(NULL::organisation_type)) WITH ORDINALITY AS t(type, position)
    LEFT JOIN per_person ON per_person.type = t.type
    GROUP BY t.type, t.position
    ORDER BY registrations DESC, t.position`;
}

export async function findOrganisationTypes(tx: Executor, scope: StatsScope): Promise<OrganisationTypeRow[]> {
  return [...(await tx.execute<OrganisationTypeRow>(organisationTypesSql(scope)))];
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

/**
 * Every atelier of the events, with its confirmed choices, the fullest first. The choices are
 * counted per atelier (a hash aggregate of a few hundred groups) before event the ateliers' other
 * columns: grouping the joined rows by atelier, slot, event and region sorted every choice.
 * `ateliers` is not materialized so that the planner sees through it: for one region or edition it
 * reads the choices of those ateliers by index, and their registrations by primary key.
 */
export function workshopFillSql(scope: StatsScope): SQL {
  const confirmed = sql`coalesce(chosen.confirmed, 0)`;
  const fill = ratio(confirmed, sql`ateliers.capacity`);
  return sql`
    WITH ateliers AS NOT MATERIALIZED (
      SELECT
        ${workshops.id} AS id, ${workshops.code} AS code, ${workshops.title} AS title, ${workshops.capacity} AS capacity,
        ${events.id} AS event_id, ${events.title} AS event_title, ${events.startsAt} AS event_starts_at, ${regions.name} AS region_name,
        ${agendaItems.startsAt} AS slot_starts_at, ${agendaItems.endsAt} AS slot_ends_at
      FROM ${workshops}
      JOIN ${agendaItems} ON ${agendaItems.id} = ${workshops.slotId}
      JOIN ${events} ON ${events.id} = ${agendaItems.eventId}
      JOIN ${regions} ON ${regions.id} = ${events.regionId}
      WHERE ${eventsIn(scope)}
    ),
    chosen AS (
      SELECT ${workshopChoices.workshopId} AS workshop_id, count(*) AS confirmed
      FROM ateliers
      JOIN ${workshopChoices} ON ${workshopChoices.workshopId} = ateliers.id
      JOIN ${registrations} ON ${registrations.id} = ${workshopChoices.registrationId} AND ${CONFIRMED}
      GROUP BY ${workshopChoices.workshopId}
    )
    SELECT
      ateliers.id AS workshop_id,
      ateliers.code,
      ateliers.title,
      ateliers.capacity,
      ${confirmed}::int AS confirmed,
      ${fill} AS fill,
      rank() OVER (ORDER BY ${fill} DESC NULLS LAST)::int AS rank,
      ateliers.event_id,
      ateliers.event_title,
      ${epochMs(sql`ateliers.event_starts_at`)} AS event_starts_at,
      ateliers.region_name,
      ${epochMs(sql`ateliers.slot_starts_at`)} AS slot_starts_at,
      ${epochMs(sql`ateliers.slot_ends_at`)} AS slot_ends_at
    FROM ateliers
    LEFT JOIN chosen ON chosen.workshop_id = ateliers.id
    ORDER BY ${fill} DESC NULLS LAST, ${confirmed} DESC, ateliers.event_starts_at, ateliers.slot_starts_at, ateliers.code`;
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
