// The statistics' SQL: departments read from postcodes, and the queries' plans, which must read
// registrations through their indexes.
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkInSql,
  departmentCodeSql,
  departmentsSql,
  organisationTypesSql,
  regionEditionSql,
  repeatAttendeesSql,
  workshopFillSql,
  worldsSql,
  type StatsScope,
} from '@/db/queries/stats';
import { DEPARTMENTS } from '@/lib/stats/departments';
import { WORLD_MAPPING } from '@/lib/stats/worlds';
import { testDatabase } from '../support/db';
import { EDITION, now } from '../support/stats';

const { sql: client, db } = testDatabase();
afterAll(() => client.end());

describe('departmentCodeSql', () => {
  it('reads departments from postcodes', async () => {
    const cases: [string, string | null][] = [
      ['34000', '34'],
      ['01000', '01'],
      ['20000', '2A'],
      ['20167', '2A'],
      ['20200', '2B'],
      ['20600', '2B'],
      ['97400', '974'],
      ['97600', '976'],
      ['98800', '988'],
      [' 75019 ', '75'],
      // What anonymisation keeps of a postcode.
      ['34', '34'],
      ['974', '974'],
      ['200', '2A'],
      ['202', '2B'],
      ['20', null],
      ['97', null],
      ['340', null],
      ['', null],
      ['7500', null],
      ['ABCDE', null],
    ];
    for (const [postcode, code] of cases) {
      const [row] = await db.execute<{ code: string | null }>(sql`SELECT ${departmentCodeSql(sql`${postcode}::text`)} AS code`);
      expect([postcode, row.code]).toEqual([postcode, code]);
    }
  });
});

/** Every node of a JSON plan, depth first. */
function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}
type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };

/** How each plan node reading registrations gets its rows: the index and its condition, or a sequential scan. */
function registrationsAccess(plan: PlanNode): { node: string; index?: string; cond?: string }[] {
  return planNodes(plan)
    .filter((n) => n['Relation Name'] === 'registrations')
    .map((n) => {
      // A bitmap heap scan names its index on the bitmap index scan below it.
      const source = n['Node Type'] === 'Bitmap Heap Scan' ? planNodes(n).find((c) => c['Node Type'] === 'Bitmap Index Scan')! : n;
      return { node: n['Node Type'], index: source['Index Name'], cond: source['Index Cond'] };
    });
}

describe('statistics queries use the indexes of registrations', () => {
  const scope: StatsScope = { edition: EDITION };

  async function explain(query: ReturnType<typeof regionEditionSql>) {
    // With sequential scans priced out, the plan shows whether an index can serve the query at all:
    // on a few test rows the planner would rightly prefer reading the whole table.
    return db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const [row] = await tx.execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(sql`EXPLAIN (FORMAT JSON) ${query}`);
      return registrationsAccess(row['QUERY PLAN'][0].Plan);
    });
  }

  // Both indexes lead with event_id: registrations_event_status_idx (event_id, status, created_at)
  // and the partial registrations_live_email_key (event_id, lower(email)) WHERE status <> 'cancelled',
  // which the planner may prefer for live or confirmed rows since it leaves the cancelled ones out.
  const BY_EVENT = ['registrations_event_status_idx', 'registrations_live_email_key'];

  const perEvent = {
    'per region and edition': regionEditionSql(scope),
    'per region (one region)': regionEditionSql({ edition: EDITION, regionCode: '76' }),
    'check-in per event': checkInSql(scope, now),
    'organisation types': organisationTypesSql(scope),
    departments: departmentsSql(scope, DEPARTMENTS),
    worlds: worldsSql(scope, WORLD_MAPPING),
    'repeat attendees and events per person': repeatAttendeesSql(scope),
  };
  for (const [name, query] of Object.entries(perEvent)) {
    it(`${name}: reads registrations event by event through an index on event_id`, async () => {
      const access = await explain(query);
      expect(access.length).toBeGreaterThan(0);
      for (const a of access) {
        expect(a.node).not.toBe('Seq Scan');
        expect(BY_EVENT).toContain(a.index);
        expect(a.cond).toMatch(/\bevent_id = events\.id\b/);
      }
    });
  }

  it('atelier fill: reads the confirmed registrations of the choices by primary key', async () => {
    expect(await explain(workshopFillSql(scope))).toEqual([
      { node: 'Index Scan', index: 'registrations_pkey', cond: '(id = workshop_choices.registration_id)' },
    ]);
  });
});
