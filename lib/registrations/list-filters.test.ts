import { describe, expect, it } from 'vitest';
import { filtersQuery, isUuid, parseRegistrationFilters, searchTerms } from './list-filters';

const WORKSHOP = '6f0c1b2a-3d4e-4f50-8a9b-0c1d2e3f4a5b';

describe('registration filters in the URL', () => {
  it('reads q, statut and atelier, and writes them back the same way', () => {
    const filters = parseRegistrationFilters({ q: '  Inès Moreau ', statut: 'attente', atelier: WORKSHOP.toUpperCase() });
    expect(filters).toEqual({ search: 'Inès Moreau', status: 'waitlisted', workshopId: WORKSHOP });
    expect(filtersQuery(filters)).toBe(`?q=In%C3%A8s+Moreau&statut=attente&atelier=${WORKSHOP}`);
    expect(parseRegistrationFilters(new URLSearchParams(filtersQuery(filters)))).toEqual(filters);
  });

  it('ignores what it does not know: unknown status, malformed atelier, empty search, repeated values', () => {
    expect(parseRegistrationFilters({ q: '   ', statut: 'confirmed', atelier: "1' OR '1'='1" })).toEqual({});
    expect(parseRegistrationFilters({ statut: ['annulee', 'confirmee'] })).toEqual({ status: 'cancelled' });
    expect(filtersQuery({})).toBe('');
  });

  it('cuts a search into at most eight words', () => {
    expect(searchTerms('  camille   martin ')).toEqual(['camille', 'martin']);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
    expect(searchTerms(undefined)).toEqual([]);
  });

  it('recognises uuids only', () => {
    expect(isUuid(WORKSHOP)).toBe(true);
    expect(isUuid('pas-un-identifiant')).toBe(false);
    expect(isUuid(`${WORKSHOP}x`)).toBe(false);
  });
});
