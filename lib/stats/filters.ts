// The filters of the statistics page and of its CSV files, read from the query string: the same
// URL gives the same figures on the page and in the files.

export type StatsFilters = {
  edition?: number;
  /** INSEE code of a region. */
  regionCode?: string;
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Malformed values are ignored, never an error: a hand-edited URL shows the whole tour. */
export function parseStatsFilters(params: Params): StatsFilters {
  const filters: StatsFilters = {};
  const edition = first(params, 'edition')?.trim();
  if (edition && /^\d{4}$/.test(edition) && Number(edition) >= 2000 && Number(edition) <= 2100) filters.edition = Number(edition);
  const region = first(params, 'region')?.trim().toUpperCase();
  if (region && /^[0-9A-Z]{2,3}$/.test(region)) filters.regionCode = region;
  return filters;
}

/** The query string of a set of filters ("" when there is none), as the filter form writes it. */
export function statsQuery(filters: StatsFilters): string {
  const params = new URLSearchParams();
  if (filters.edition !== undefined) params.set('edition', String(filters.edition));
  if (filters.regionCode) params.set('region', filters.regionCode);
  const query = params.toString();
  return query ? `?${query}` : '';
}
