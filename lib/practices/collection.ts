// The public collection of pratiques inspirantes (/pratiques, GET /api/practices): its filters,
// read from and written to the URL, and its reads. Only published practices, never an e-mail.
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import {
  findSimilarTitles,
  searchPublishedPractices,
  type PracticeListRow,
  type PracticeSearchFilters,
} from '@/db/queries/practices-search';
import type { OrganisationType } from '@/db/schema';
import { ORGANISATION_TYPE_VALUES } from '@/lib/registrations/organisation-types';
import { PRACTICE_THEME_KEYS, type PracticeTheme } from './model';
import { snippetParts, type SnippetPart } from './snippet';

export const PAGE_SIZE = 12;
/** A query longer than this is cut: nobody types more, and it bounds the work of the search. */
export const QUERY_MAX_LENGTH = 200;
const MAX_PAGE = 1000;

export type CollectionFilters = {
  q?: string;
  region?: string;
  theme?: PracticeTheme;
  organisationType?: OrganisationType;
  qpv?: boolean;
  page: number;
};

type Params = Record<string, string | string[] | null | undefined>;
const first = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v[0] : (v ?? undefined));

/** Unknown or malformed values are ignored rather than refused: a shared link always opens. */
export function parseCollectionFilters(params: Params, regionCodes: readonly string[]): CollectionFilters {
  const filters: CollectionFilters = { page: 1 };
  const q = first(params.q)?.replace(/\s+/g, ' ').trim().slice(0, QUERY_MAX_LENGTH);
  if (q) filters.q = q;
  const region = first(params.region);
  if (region && regionCodes.includes(region)) filters.region = region;
  const theme = first(params.theme);
  if (theme && (PRACTICE_THEME_KEYS as string[]).includes(theme)) filters.theme = theme as PracticeTheme;
  const type = first(params.type);
  if (type && (ORGANISATION_TYPE_VALUES as string[]).includes(type)) filters.organisationType = type as OrganisationType;
  const qpv = first(params.qpv);
  if (qpv === 'oui' || qpv === 'non') filters.qpv = qpv === 'oui';
  const page = Number(first(params.page));
  if (Number.isInteger(page) && page >= 1) filters.page = Math.min(page, MAX_PAGE);
  return filters;
}

/** The query string of a set of filters (page 1 left out), for links, pagination and the form. */
export function collectionSearch(filters: Omit<CollectionFilters, 'page'> & { page?: number }): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.region) params.set('region', filters.region);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.organisationType) params.set('type', filters.organisationType);
  if (filters.qpv !== undefined) params.set('qpv', filters.qpv ? 'oui' : 'non');
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export type PracticeCard = Omit<PracticeListRow, 'snippet' | 'titleMarked' | 'id' | 'slug' | 'publishedAt'> & {
  slug: string;
  publishedAt: string | null;
  /** The text around the matching words, split so the page can mark them; null without a query. */
  snippet: SnippetPart[] | null;
  /** The title split the same way, its matching words marked; null without a query. */
  titleParts: SnippetPart[] | null;
};

export type CollectionPage = {
  practices: PracticeCard[];
  total: number;
  page: number;
  pageCount: number;
  /** No practice matched the words: titles close to them (a typo), if any. */
  similar: PracticeCard[];
};

/** A snippet without a marked word (the words matched the title only) gives way to the summary, whole. */
function withMatch(snippet: string | null): SnippetPart[] | null {
  const parts = snippet === null ? null : snippetParts(snippet);
  return parts?.some((p) => p.match) ? parts : null;
}

const toCard = ({ id: _, snippet, titleMarked, ...row }: PracticeListRow): PracticeCard => ({
  ...row,
  titleParts: titleMarked === null ? null : snippetParts(titleMarked),
  slug: row.slug ?? '',
  publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
  snippet: withMatch(snippet),
});

export async function searchCollection(filters: CollectionFilters, db: Executor = pool): Promise<CollectionPage> {
  const search: PracticeSearchFilters = {
    q: filters.q,
    regionCode: filters.region,
    theme: filters.theme,
    organisationType: filters.organisationType,
    qpv: filters.qpv,
  };
  const { rows, total } = await searchPublishedPractices(db, search, { limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE });
  const similar = total === 0 && filters.q && filters.page === 1 ? await findSimilarTitles(db, search, 5) : [];
  return {
    practices: rows.map(toCard),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    similar: similar.map(toCard),
  };
}
