// The public collection of pratiques inspirantes: French full-text search over published practices
// (the `tour_fr` configuration of migration 0006: unaccent, then the french stemmer, so "ecole
// INCLUSIVES" finds "École inclusive"), ranked, with the matching words marked in a snippet, and a
// trigram fallback on titles for typos. Only published practices ever leave this file.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { practices, regions, type OrganisationType, type PracticeTheme } from '../schema';

export type PracticeSearchFilters = {
  q?: string;
  regionCode?: string;
  theme?: PracticeTheme;
  organisationType?: OrganisationType;
  qpv?: boolean;
};

/** Marks around the matching words in a snippet, chosen so that no practice's text contains them. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

const published = eq(practices.status, 'published');

function filterConditions(filters: PracticeSearchFilters): SQL[] {
  const conditions: SQL[] = [published];
  if (filters.regionCode) conditions.push(eq(regions.code, filters.regionCode));
  if (filters.theme) conditions.push(sql`${practices.themes} @> ARRAY[${filters.theme}]::practice_theme[]`);
  if (filters.organisationType) conditions.push(eq(practices.respondentOrganisationType, filters.organisationType));
  if (filters.qpv !== undefined) conditions.push(eq(practices.qpv, filters.qpv));
  return conditions;
}

/** The columns of a practice in a list (the collection, the home page). */
export const listColumns = {
  id: practices.id,
  slug: practices.slug,
  title: practices.title,
  summary: practices.summary,
  department: practices.department,
  communes: practices.communes,
  qpv: practices.qpv,
  themes: practices.themes,
  organisationType: practices.respondentOrganisationType,
  publishedAt: practices.publishedAt,
  regionCode: regions.code,
  regionName: regions.name,
};

export type PracticeListRow = {
  id: string;
  slug: string | null;
  title: string;
  summary: string;
  department: string;
  communes: string;
  qpv: boolean | null;
  themes: PracticeTheme[];
  organisationType: OrganisationType | null;
  publishedAt: Date | null;
  regionCode: string;
  regionName: string;
  /** The summary or the text around the matching words, with MATCH_START/MATCH_END around each; null without a query. */
  snippet: string | null;
  /** The title with the same marks around its matching words; null without a query. */
  titleMarked: string | null;
};

export type PracticeSearchPage = { rows: PracticeListRow[]; total: number };

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;
const headlineSource = sql`${practices.summary} || ' ' || ${practices.context} || ' ' || ${practices.actions} || ' ' || ${practices.results}`;

/**
 * One page of published practices. With a query: ranked by ts_rank_cd (title above summary above
 * the body, weights of the `search` column), the snippet computed only for the page's rows.
 * Without: the latest published first.
 */
export async function searchPublishedPractices(
  tx: Executor,
  filters: PracticeSearchFilters,
  page: { limit: number; offset: number },
): Promise<PracticeSearchPage> {
  const conditions = filterConditions(filters);
  const q = filters.q?.trim();
  if (!q) {
    const rows = await tx
      .select({ ...listColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(practices)
      .innerJoin(regions, eq(regions.id, practices.regionId))
      .where(and(...conditions))
      .orderBy(desc(practices.publishedAt), asc(practices.title))
      .limit(page.limit)
      .offset(page.offset);
    return { rows: rows.map(({ total: _total, ...row }) => ({ ...row, snippet: null, titleMarked: null })), total: rows[0]?.total ?? (page.offset > 0 ? await countPublished(tx, conditions) : 0) };
  }
  const query = tsQuery(q);
  const rows = await tx.execute<Omit<PracticeListRow, 'publishedAt'> & { publishedAt: string | null; total: string }>(rankedSearch(conditions, query, page));
  const list = [...rows];
  const total = list.length ? Number(list[0].total) : page.offset > 0 ? await countMatches(tx, conditions, query) : 0;
  return {
    rows: list.map(({ total: _total, publishedAt, themes, ...row }) => ({
      ...row,
      themes: parseEnumArray(themes),
      publishedAt: publishedAt ? new Date(publishedAt) : null,
    })),
    total,
  };
}

const tsQuery = (q: string) => sql`websearch_to_tsquery('tour_fr', ${q})`;

/** The ranked search of a page: the page's rows are ranked and cut first; ts_headline, the costly part, runs on them only. */
function rankedSearch(conditions: SQL[], query: SQL, page: { limit: number; offset: number }): SQL {
  return sql`
    WITH matched AS (
      SELECT ${practices.id} AS id, ${practices.slug} AS slug, ${practices.title} AS title, ${practices.summary} AS summary,
        ${practices.department} AS department, ${practices.communes} AS communes, ${practices.qpv} AS qpv,
        ${practices.themes} AS themes, ${practices.respondentOrganisationType} AS "organisationType",
        ${practices.publishedAt} AS "publishedAt", ${regions.code} AS "regionCode", ${regions.name} AS "regionName",
        ${headlineSource} AS body, ts_rank_cd(${practices.search}, ${query}) AS rank, count(*) OVER () AS total
      FROM ${practices} INNER JOIN ${regions} ON ${regions.id} = ${practices.regionId}
      WHERE ${and(...conditions, sql`${practices.search} @@ ${query}`)}
      ORDER BY rank DESC, ${practices.title} ASC
      LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT id, slug, title, summary, department, communes, qpv, themes, "organisationType", "publishedAt", "regionCode", "regionName",
      ts_headline('tour_fr', body, ${query}, ${HEADLINE_OPTIONS}) AS snippet,
      ts_headline('tour_fr', title, ${query}, ${TITLE_HEADLINE_OPTIONS}) AS "titleMarked", total
    FROM matched ORDER BY rank DESC, title ASC
  `;
}

/** The plan PostgreSQL runs for a ranked search (EXPLAIN ANALYZE, JSON): the EXPLAIN test checks the index is used. */
export async function explainSearch(tx: Executor, filters: PracticeSearchFilters & { q: string }, page: { limit: number; offset: number }) {
  const rows = await tx.execute<{ 'QUERY PLAN': unknown }>(
    sql`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${rankedSearch(filterConditions(filters), tsQuery(filters.q), page)}`,
  );
  const plan = [...rows][0]['QUERY PLAN'];
  return (typeof plan === 'string' ? JSON.parse(plan) : plan) as [{ Plan: PlanNode; 'Execution Time': number }];
}

export type PlanNode = { 'Node Type': string; 'Index Name'?: string; Plans?: PlanNode[] };

/** A PostgreSQL array of enum values as a raw query returns it: '{a,b}' (drizzle parses it elsewhere). */
function parseEnumArray(value: unknown): PracticeTheme[] {
  if (Array.isArray(value)) return value as PracticeTheme[];
  if (typeof value !== 'string' || value === '{}') return [];
  return value.replace(/^\{|\}$/g, '').split(',') as PracticeTheme[];
}

async function countPublished(tx: Executor, conditions: SQL[]) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(practices)
    .innerJoin(regions, eq(regions.id, practices.regionId))
    .where(and(...conditions));
  return row?.n ?? 0;
}

function countMatches(tx: Executor, conditions: SQL[], query: SQL) {
  return countPublished(tx, [...conditions, sql`${practices.search} @@ ${query}`]);
}

/**
 * Titles close to a query that the full-text search did not match (a typo: "ecole inclusve"),
 * by trigram word similarity over the unaccented title (index practices_title_trgm_idx on
 * tour_unaccent(title)).
 */
const SIMILARITY_THRESHOLD = 0.5;

export async function findSimilarTitles(tx: Executor, filters: PracticeSearchFilters, limit: number): Promise<PracticeListRow[]> {
  const q = filters.q?.trim();
  if (!q) return [];
  const unaccented = sql`tour_unaccent(${q})`;
  const title = sql`tour_unaccent(${practices.title})`;
  const similarity = sql<number>`word_similarity(${unaccented}, ${title})`;
  // The index serves `<%` with the session's threshold; 0.5 accepts one typo in each of two words.
  const rows = await tx.transaction(async (t) => {
    await t.execute(sql`SET LOCAL pg_trgm.word_similarity_threshold = ${sql.raw(String(SIMILARITY_THRESHOLD))}`);
    return t
      .select(listColumns)
      .from(practices)
      .innerJoin(regions, eq(regions.id, practices.regionId))
      .where(and(...filterConditions(filters), sql`${unaccented} <% ${title}`))
      .orderBy(desc(similarity), asc(practices.title))
      .limit(limit);
  });
  return rows.map((row) => ({ ...row, snippet: null, titleMarked: null }));
}
