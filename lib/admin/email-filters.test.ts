import { describe, expect, it } from 'vitest';
import { emailFiltersQuery, parseEmailFilters } from './email-filters';

describe('parseEmailFilters', () => {
  it('reads the status in French words, the kind, the recipient and the page', () => {
    const filters = parseEmailFilters({ statut: 'echec', type: 'account_invitation', destinataire: ' claire@example.org ', page: '2' });
    expect(filters).toEqual({ status: 'failed', kind: 'account_invitation', recipient: 'claire@example.org', page: 2 });
    expect(emailFiltersQuery(filters)).toBe('?statut=echec&type=account_invitation&destinataire=claire%40example.org&page=2');
    expect(parseEmailFilters(new URLSearchParams(emailFiltersQuery(filters)))).toEqual(filters);
  });

  it('ignores unknown values', () => {
    expect(parseEmailFilters({ statut: 'failed', type: 'DROP TABLE', page: '0' })).toEqual({ page: 1 });
    expect(emailFiltersQuery({ page: 1 })).toBe('');
  });
});
