// The collection's search on 5,000 published practices (db/seed/practice-corpus.ts): the very query
// of /pratiques and GET /api/practices, timed from this process over a connection of its own (the
// query's own cost), then through the app (GET /api/practices?q=, sequential, so no queueing).
import { sql as raw } from 'drizzle-orm';
import { connect } from '../db/connect.ts';
import { searchPublishedPractices } from '../db/queries/practices-search.ts';
import { BENCH_QUERIES, insertPracticeCorpus } from '../db/seed/practice-corpus.ts';
import { percentile } from './load.mts';

export const SEARCH_CORPUS = 5000;

export type SearchFigure = {
  practices: number;
  queries: number;
  samples: number;
  /** Two-word queries of the collection, timed in the database client (ms). */
  query: { p50: number; p95: number; max: number };
  /** The same through the app, GET /api/practices?q= (ms). */
  api: { p50: number; p95: number } | null;
};

export async function loadSearchCorpus(url: string): Promise<number> {
  const { sql, db } = connect(url, { max: 1 });
  try {
    const n = await insertPracticeCorpus(db, SEARCH_CORPUS);
    await db.execute(raw`ANALYZE practices`);
    return n;
  } finally {
    await sql.end();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
const figures = (times: number[]) => ({ p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(Math.max(...times)) });

export async function searchTimes(url: string, app: string | null, rounds = 20): Promise<SearchFigure> {
  const { sql, db } = connect(url, { max: 1 });
  try {
    const times: number[] = [];
    for (let r = 0; r < rounds + 1; r++) {
      for (const q of BENCH_QUERIES) {
        const started = performance.now();
        await searchPublishedPractices(db, { q }, { limit: 12, offset: 0 });
        if (r > 0) times.push(performance.now() - started); // the first round warms the caches
      }
    }
    let api: SearchFigure['api'] = null;
    if (app) {
      const apiTimes: number[] = [];
      for (let r = 0; r < 6; r++) {
        for (const q of BENCH_QUERIES) {
          const started = performance.now();
          const answer = await fetch(`${app}/api/practices?q=${encodeURIComponent(q)}`);
          if (answer.status !== 200) throw new Error(`GET /api/practices?q=${q} répond ${answer.status}`);
          await answer.arrayBuffer();
          if (r > 0) apiTimes.push(performance.now() - started);
        }
      }
      const { max: _max, ...api50 } = figures(apiTimes);
      api = api50;
    }
    return { practices: SEARCH_CORPUS, queries: BENCH_QUERIES.length, samples: times.length, query: figures(times), api };
  } finally {
    await sql.end();
  }
}
