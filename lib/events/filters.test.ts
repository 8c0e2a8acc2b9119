import { describe, expect, it } from 'vitest';
import { applyFilters, filtersToSearch, parseFilters } from './filters';
import type { PublicEvent } from './model';

const now = new Date('2026-06-15T10:00:00Z');
const event = (slug: string, endsAt: string) => ({ slug, endsAt, edition: Number(endsAt.slice(0, 4)), region: { code: '76' } }) as unknown as PublicEvent;
// Soonest first, as the public list gives them.
const list = [event('passee-2022', '2022-12-08T15:30:00Z'), event('passee-hier', '2026-06-14T15:30:00Z'), event('a-venir', '2026-09-10T15:30:00Z'), event('plus-tard', '2027-01-20T15:30:00Z')];

describe('the /rencontres filters', () => {
  it('show the meetings to come, soonest first, when the URL says nothing', () => {
    const filters = parseFilters({}, ['76']);
    expect(filters.period).toBe('a-venir');
    expect(applyFilters(list, filters, now).map((e) => e.slug)).toEqual(['a-venir', 'plus-tard']);
    expect(filtersToSearch(filters)).toBe('');
  });
  it('show past ones most recent first, or all of them, a click away', () => {
    expect(applyFilters(list, parseFilters({ periode: 'passees' }, ['76']), now).map((e) => e.slug)).toEqual(['passee-hier', 'passee-2022']);
    expect(applyFilters(list, parseFilters({ periode: 'toutes' }, ['76']), now)).toHaveLength(4);
    expect(filtersToSearch({ region: '76', period: 'passees' })).toBe('?region=76&periode=passees');
  });
  it('ignore an unknown period rather than refuse the link', () => {
    expect(parseFilters({ periode: 'demain' }, ['76']).period).toBe('a-venir');
  });
});
