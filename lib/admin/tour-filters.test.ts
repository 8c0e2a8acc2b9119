import { describe, expect, it } from 'vitest';
import { parseTourFilters, tourFiltersQuery } from './tour-filters';

describe('parseTourFilters', () => {
  it('reads edition, region, event status and registration status from French URL words', () => {
    const params = new URLSearchParams('edition=2022&region=76&statut=publiee&inscriptions=confirmee');
    expect(parseTourFilters(params)).toEqual({ edition: 2022, regionCode: '76', status: 'published', registrationStatus: 'confirmed' });
    expect(parseTourFilters({ statut: 'annulee', inscriptions: ['attente', 'annulee'] })).toEqual({ status: 'cancelled', registrationStatus: 'waitlisted' });
  });

  it('ignores what it does not know', () => {
    expect(parseTourFilters({ edition: '22', region: "76' OR 1=1", statut: 'published', inscriptions: 'toutes' })).toEqual({});
    expect(parseTourFilters({})).toEqual({});
  });
});

describe('tourFiltersQuery', () => {
  it('writes the filters back as the form does, and nothing when there is none', () => {
    expect(tourFiltersQuery({})).toBe('');
    const filters = { edition: 2023, regionCode: '53', status: 'draft' as const, registrationStatus: 'cancelled' as const };
    expect(tourFiltersQuery(filters)).toBe('?edition=2023&region=53&statut=brouillon&inscriptions=annulee');
    expect(parseTourFilters(new URLSearchParams(tourFiltersQuery(filters).slice(1)))).toEqual(filters);
  });
});
