// The filters of /rencontres, read from and written to the URL so a filtered list can be shared.
import type { PublicEvent } from './model';

export type Period = 'a-venir' | 'passees' | 'toutes';
/** `period` is always set: without one in the URL, the list shows the meetings to come. */
export type EventFilters = { region?: string; edition?: number; period: Period };

export const DEFAULT_PERIOD: Period = 'a-venir';

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Unknown or malformed values are ignored rather than refused: a shared link always opens. */
export function parseFilters(params: Record<string, string | string[] | undefined>, regionCodes: string[]): EventFilters {
  const filters: EventFilters = { period: DEFAULT_PERIOD };
  const region = first(params.region);
  if (region && regionCodes.includes(region)) filters.region = region;
  const edition = Number(first(params.edition));
  if (Number.isInteger(edition) && edition >= 2000 && edition <= 2100) filters.edition = edition;
  const period = first(params.periode);
  if (period === 'a-venir' || period === 'passees' || period === 'toutes') filters.period = period;
  return filters;
}

export function filtersToSearch(filters: EventFilters): string {
  const params = new URLSearchParams();
  if (filters.region) params.set('region', filters.region);
  if (filters.edition) params.set('edition', String(filters.edition));
  if (filters.period !== DEFAULT_PERIOD) params.set('periode', filters.period);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function applyFilters(events: PublicEvent[], filters: EventFilters, now: Date): PublicEvent[] {
  const selected = events.filter(
    (e) =>
      (!filters.region || e.region.code === filters.region) &&
      (!filters.edition || e.edition === filters.edition) &&
      (filters.period === 'toutes' || (filters.period === 'passees') === now >= new Date(e.endsAt)),
  );
  // Upcoming events soonest first; past ones most recent first.
  return filters.period === 'passees' ? selected.reverse() : selected;
}

export function editionsOf(events: PublicEvent[]): number[] {
  return [...new Set(events.map((e) => e.edition))].sort((a, b) => a - b);
}
