// The filters of the national events page and of the tour-wide export, read from the query
// string: the same URL gives the same events on the page and in the file.
import type { EventStatus } from '@/db/schema';

export type { EventStatus };
import { STATUS_PARAMS as REGISTRATION_STATUS_PARAMS, type RegistrationStatus } from '@/lib/registrations/list-filters';

export type TourFilters = {
  edition?: number;
  /** INSEE code of the region ("76"). */
  regionCode?: string;
  status?: EventStatus;
  /** Only for the export: the registrations of that status. */
  registrationStatus?: RegistrationStatus;
};

/** French words in the URL for each event status. */
export const EVENT_STATUS_PARAMS: Record<EventStatus, string> = { draft: 'brouillon', published: 'publiee', cancelled: 'annulee' };
export const EVENT_STATUS_LABELS: Record<EventStatus, string> = { draft: 'Brouillon', published: 'Publiée', cancelled: 'Annulée' };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return Array.isArray(value) ? value[0] : value;
}

function fromParam<T extends string>(map: Record<T, string>, value: string | undefined): T | undefined {
  return (Object.entries(map) as [T, string][]).find(([, param]) => param === value)?.[0];
}

/** Unknown or malformed values are ignored, never an error: a hand-edited URL shows everything. */
export function parseTourFilters(params: Params): TourFilters {
  const filters: TourFilters = {};
  const edition = first(params, 'edition');
  if (edition && /^\d{4}$/.test(edition)) filters.edition = Number(edition);
  const region = first(params, 'region');
  if (region && /^[0-9A-Za-z]{1,3}$/.test(region)) filters.regionCode = region;
  const status = fromParam(EVENT_STATUS_PARAMS, first(params, 'statut'));
  if (status) filters.status = status;
  const registrationStatus = fromParam(REGISTRATION_STATUS_PARAMS, first(params, 'inscriptions'));
  if (registrationStatus) filters.registrationStatus = registrationStatus;
  return filters;
}

/** The query string of a set of filters ("" when there is none), as the filter form writes it. */
export function tourFiltersQuery(filters: TourFilters): string {
  const params = new URLSearchParams();
  if (filters.edition) params.set('edition', String(filters.edition));
  if (filters.regionCode) params.set('region', filters.regionCode);
  if (filters.status) params.set('statut', EVENT_STATUS_PARAMS[filters.status]);
  if (filters.registrationStatus) params.set('inscriptions', REGISTRATION_STATUS_PARAMS[filters.registrationStatus]);
  const query = params.toString();
  return query ? `?${query}` : '';
}
