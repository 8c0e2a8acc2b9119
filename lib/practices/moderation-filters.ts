// The filters of the moderation queue, read from the query string (status, region, theme, page):
// unknown or malformed values are ignored, never an error.
import { PRACTICE_THEME_KEYS, type PracticeStatus, type PracticeTheme } from './model';

export type ModerationFilters = { status?: PracticeStatus; regionCode?: string; theme?: PracticeTheme; page: number };

/** The statuses of the queue (a draft is the respondent's, never listed), in the queue's order. */
export const QUEUE_STATUSES: PracticeStatus[] = ['submitted', 'changes_requested', 'published', 'unpublished', 'declined'];

type Params = Record<string, string | string[] | undefined>;

const first = (params: Params, name: string) => {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
};

export function parseModerationFilters(params: Params): ModerationFilters {
  const filters: ModerationFilters = { page: 1 };
  const status = first(params, 'statut');
  if (status && (QUEUE_STATUSES as string[]).includes(status)) filters.status = status as PracticeStatus;
  const region = first(params, 'region');
  if (region && /^[0-9A-Za-z]{1,3}$/.test(region)) filters.regionCode = region;
  const theme = first(params, 'theme');
  if (theme && (PRACTICE_THEME_KEYS as string[]).includes(theme)) filters.theme = theme as PracticeTheme;
  const page = first(params, 'page');
  if (page && /^\d{1,6}$/.test(page) && Number(page) >= 1) filters.page = Number(page);
  return filters;
}

/** The query string of a set of filters ("" when there is none), as the filter form writes it. */
export function moderationQuery(filters: Omit<ModerationFilters, 'page'> & { page?: number }): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('statut', filters.status);
  if (filters.regionCode) params.set('region', filters.regionCode);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
