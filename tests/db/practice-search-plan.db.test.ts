// The collection's search on 5,000 published practices uses its GIN index (practices_search_idx):
// EXPLAIN ANALYZE of the very query the page runs, on a database of this file's own after ANALYZE.
import { sql as raw } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainSearch, searchPublishedPractices, type PlanNode } from '@/db/queries/practices-search';
import { BENCH_QUERIES, insertPracticeCorpus } from '@/db/seed/practice-corpus';
import { ownDatabase, type OwnDatabase } from '../support/own-database';

let own: OwnDatabase;

beforeAll(async () => {
  own = await ownDatabase('plan');
  expect(await insertPracticeCorpus(own.db, 5000)).toBe(5000);
  await own.db.execute(raw`ANALYZE practices`);
}, 120_000);

afterAll(async () => {
  expect(await own.drop()).toBe(true);
});

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
const page = { limit: 12, offset: 0 };

describe('the search plan on 5,000 published practices', () => {
  it.each(BENCH_QUERIES.slice(0, 4))('"%s" reads the full-text index, not the whole table', async (q) => {
    const [{ Plan }] = await explainSearch(own.db, { q }, page);
    const scans = nodes(Plan);
    expect(scans.some((n) => n['Node Type'] === 'Bitmap Index Scan' && n['Index Name'] === 'practices_search_idx')).toBe(true);
    expect(scans.some((n) => n['Node Type'] === 'Seq Scan' && JSON.stringify(n).includes('"practices"'))).toBe(false);
  });

  it('keeps the index with a region filter too', async () => {
    const [{ Plan }] = await explainSearch(own.db, { q: 'chantier habitants', regionCode: '76' }, page);
    expect(nodes(Plan).some((n) => n['Index Name'] === 'practices_search_idx')).toBe(true);
  });

  it('finds exactly the practices holding both words, accents forgiven', async () => {
    const result = await searchPublishedPractices(own.db, { q: 'desamiantage refugies' }, page);
    const [expected] = await own.db.execute<{ n: string }>(raw`
      SELECT count(*) AS n FROM practices WHERE status = 'published'
        AND concat_ws(' ', title, summary, context, actions, results, communes, actors, reproduce, difficulties) ILIKE '%désamiantage%'
        AND concat_ws(' ', title, summary, context, actions, results, communes, actors, reproduce, difficulties) ILIKE '%réfugiés%'`);
    expect(result.total).toBe(Number(expected.n));
    expect(result.total).toBeGreaterThan(0);
    for (const row of result.rows) expect(row.title.toLowerCase()).toContain('désamiantage');
  });
});
