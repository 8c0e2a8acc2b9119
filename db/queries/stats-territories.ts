// The tour's statistics, territories: departments derived from postcodes (shared rules: stats.ts).
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../connect';
import { registrations } from '../schema';
import { LIVE, PERSON, REGISTRATIONS_OF_EVENTS, eventsIn, ratio, type StatsScope } from './stats-shared';

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
 * The department is worked out once per distinct postcode (a few hundred), not once per registration
 * (its regular expressions were most of the cost), and people are counted from one row per
 * department and person.
 */
export function departmentsSql(scope: StatsScope, departments: readonly { code: string; name: string }[]): SQL {
  return sql`
    WITH live AS (
      SELECT ${registrations.postcode} AS postcode, ${PERSON} AS person
      ${REGISTRATIONS_OF_EVENTS}
      WHERE ${LIVE} AND ${eventsIn(scope)}
    ),
    postcodes AS (
      SELECT p.postcode, d.code, d.name
      FROM (SELECT DISTINCT postcode FROM live) AS p
      LEFT JOIN jsonb_to_recordset(${JSON.stringify(departments)}::jsonb) AS d(code text, name text) ON d.code = ${departmentCodeSql(sql`p.postcode`)}
    ),
    per_person AS (
      SELECT postcodes.code, postcodes.name, live.person, count(*) AS registrations
      FROM live
      JOIN postcodes ON postcodes.postcode = live.postcode
      GROUP BY postcodes.code, postcodes.name, live.person
    )
    SELECT
      code,
      name,
      sum(registrations)::int AS registrations,
      count(*)::int AS people,
      ${ratio(sql`sum(registrations)`, sql`sum(sum(registrations)) OVER ()`)} AS share
    FROM per_person
    GROUP BY code, name
    ORDER BY code IS NULL, registrations DESC, code COLLATE "C"`;
}

export async function findDepartments(
  tx: Executor,
  scope: StatsScope,
  departments: readonly { code: string; name: string }[],
): Promise<DepartmentRow[]> {
  return [...(await tx.execute<DepartmentRow>(departmentsSql(scope, departments)))];
}
