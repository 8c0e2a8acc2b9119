// The selection of the recueil, shared by the PDF, the web page and the staff's CSV: ?region=<INSEE
// code>&theme=<theme key>. An unknown value is ignored, as the other filters of the site do.
import { PRACTICE_THEME_KEYS, type PracticeTheme } from '@/lib/practices/model';
import type { RecueilFilters } from './model';

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export function parseRecueilFilters(params: Params): RecueilFilters {
  const region = first(params, 'region');
  const theme = first(params, 'theme');
  return {
    regionCode: /^\d{2,3}$/.test(region) ? region : null,
    theme: (PRACTICE_THEME_KEYS as string[]).includes(theme) ? (theme as PracticeTheme) : null,
  };
}

/** The query string of a selection ('' without filters), to link the PDF from the web page. */
export function recueilQuery(filters: RecueilFilters): string {
  const q = new URLSearchParams();
  if (filters.regionCode) q.set('region', filters.regionCode);
  if (filters.theme) q.set('theme', filters.theme);
  const s = q.toString();
  return s ? `?${s}` : '';
}
