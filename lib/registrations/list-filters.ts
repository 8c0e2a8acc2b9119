// The filters of the registrations page and its CSV export, read from the query string: the same
// URL gives the same rows on the page and in the file.
import type { Registration } from '@/db/schema';

export type RegistrationStatus = Registration['status'];

export type RegistrationFilters = {
  /** Words to find in the name, e-mail or organisation. */
  search?: string;
  status?: RegistrationStatus;
  workshopId?: string;
};

/** French words in the URL for each status. */
export const STATUS_PARAMS: Record<RegistrationStatus, string> = { confirmed: 'confirmee', waitlisted: 'attente', cancelled: 'annulee' };

export const STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: 'Confirmée',
  waitlisted: "Liste d'attente",
  cancelled: 'Annulée',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export const MAX_SEARCH_LENGTH = 200;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) ?? undefined : params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Unknown or malformed values are ignored, never an error: a hand-edited URL shows everything. */
export function parseRegistrationFilters(params: Params): RegistrationFilters {
  const filters: RegistrationFilters = {};
  const search = first(params, 'q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  if (search) filters.search = search;
  const status = first(params, 'statut');
  const match = (Object.entries(STATUS_PARAMS) as [RegistrationStatus, string][]).find(([, param]) => param === status);
  if (match) filters.status = match[0];
  const workshopId = first(params, 'atelier');
  if (isUuid(workshopId)) filters.workshopId = workshopId.toLowerCase();
  return filters;
}

/** The query string of a set of filters ("" when there is none), as the filter form writes it. */
export function filtersQuery(filters: RegistrationFilters): string {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.status) params.set('statut', STATUS_PARAMS[filters.status]);
  if (filters.workshopId) params.set('atelier', filters.workshopId);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The words of a search, at most eight of them. */
export function searchTerms(search: string | undefined): string[] {
  return (search ?? '').trim().slice(0, MAX_SEARCH_LENGTH).split(/\s+/).filter(Boolean).slice(0, 8);
}
