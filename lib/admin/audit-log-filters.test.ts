import { describe, expect, it } from 'vitest';
import { auditLogQuery, isCalendarDate, parseAuditLogFilters, toAuditQuery } from './audit-log-filters';

const ID = '6f0c9a4e-1b2c-4d3e-8f40-123456789abc';

describe('parseAuditLogFilters', () => {
  it('reads every filter from the URL and writes them back the same', () => {
    const params = { personne: ID, rencontre: ID.toUpperCase(), type: 'user.deactivate', du: '2031-03-01', au: '2031-03-31', page: '3' };
    const { filters, errors } = parseAuditLogFilters(params);
    expect(errors).toEqual({});
    expect(filters).toEqual({ actorId: ID, eventId: ID, kind: 'user.deactivate', from: '2031-03-01', to: '2031-03-31', page: 3 });
    expect(auditLogQuery(filters)).toBe(`?personne=${ID}&rencontre=${ID}&type=user.deactivate&du=2031-03-01&au=2031-03-31&page=3`);
    expect(auditLogQuery(filters, 1)).not.toContain('page=');
    expect(parseAuditLogFilters(new URLSearchParams(auditLogQuery(filters))).filters).toEqual(filters);
  });

  it('ignores malformed ids, kinds and pages', () => {
    const { filters, errors } = parseAuditLogFilters({ personne: 'robert', rencontre: "1' OR 1=1", type: 'user;drop', page: '-2' });
    expect(filters).toEqual({ page: 1 });
    expect(errors).toEqual({});
    expect(parseAuditLogFilters({ page: '2.5' }).filters.page).toBe(1);
    expect(parseAuditLogFilters({ type: ['event', 'user'] }).filters.kind).toBe('event');
  });

  it('reports a wrong date next to its field and does not apply it', () => {
    expect(parseAuditLogFilters({ du: '2031-02-30' })).toEqual({ filters: { page: 1 }, errors: { from: expect.stringContaining('Date invalide') } });
    const reversed = parseAuditLogFilters({ du: '2031-03-10', au: '2031-03-01' });
    expect(reversed.filters).toEqual({ from: '2031-03-10', page: 1 });
    expect(reversed.errors).toEqual({ to: 'La date de fin précède la date de début.' });
  });
});

describe('isCalendarDate', () => {
  it('accepts real days only', () => {
    expect(['2024-02-29', '2031-12-31'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2023-02-29', '2031-13-01', '31/12/2031', '2031-1-1', '1850-01-01'].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });
});

describe('toAuditQuery', () => {
  it('turns Paris days into instants, across the clock changes', () => {
    // 30 March 2031 is the day the clocks go forward: it lasts 23 hours.
    expect(toAuditQuery({ from: '2031-03-30', to: '2031-03-30', page: 1 })).toMatchObject({
      from: new Date('2031-03-29T23:00:00Z'),
      to: new Date('2031-03-30T22:00:00Z'),
    });
    expect(toAuditQuery({ kind: 'event', page: 1 })).toMatchObject({ entity: 'event', action: undefined });
    expect(toAuditQuery({ kind: 'event.publish', page: 1 })).toMatchObject({ entity: 'event', action: 'publish' });
  });
});
