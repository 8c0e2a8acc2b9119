import { describe, expect, it } from 'vitest';
import { anonymousEmail, departmentPart } from './anonymised-values';
import { DEFAULT_RETENTION_MONTHS, retentionCutoff, retentionMonthsFromEnv } from './retention-period';

describe('retentionMonthsFromEnv', () => {
  it('is 12 months unless RETENTION_MONTHS holds a sensible whole number', () => {
    expect(DEFAULT_RETENTION_MONTHS).toBe(12);
    expect(retentionMonthsFromEnv({})).toBe(12);
    expect(retentionMonthsFromEnv({ RETENTION_MONTHS: '' })).toBe(12);
    expect(retentionMonthsFromEnv({ RETENTION_MONTHS: '6' })).toBe(6);
    expect(retentionMonthsFromEnv({ RETENTION_MONTHS: ' 24 ' })).toBe(24);
    for (const bad of ['0', '-3', '1.5', 'douze', '121']) expect(retentionMonthsFromEnv({ RETENTION_MONTHS: bad })).toBe(12);
  });
});

describe('retentionCutoff', () => {
  it('goes back whole calendar months, keeping the time of day', () => {
    expect(retentionCutoff(new Date('2024-03-15T10:30:00Z'), 12).toISOString()).toBe('2023-03-15T10:30:00.000Z');
    expect(retentionCutoff(new Date('2024-01-10T00:00:00Z'), 3).toISOString()).toBe('2023-10-10T00:00:00.000Z');
    expect(retentionCutoff(new Date('2024-05-01T08:00:00Z'), 1).toISOString()).toBe('2024-04-01T08:00:00.000Z');
  });

  it('stops at the last day of a shorter month', () => {
    expect(retentionCutoff(new Date('2024-03-31T12:00:00Z'), 1).toISOString()).toBe('2024-02-29T12:00:00.000Z');
    expect(retentionCutoff(new Date('2023-03-31T12:00:00Z'), 1).toISOString()).toBe('2023-02-28T12:00:00.000Z');
    expect(retentionCutoff(new Date('2024-02-29T12:00:00Z'), 12).toISOString()).toBe('2023-02-28T12:00:00.000Z');
  });
});

describe('departmentPart', () => {
  it('keeps the department: two digits, three overseas and in Corsica', () => {
    expect(departmentPart('34080')).toBe('34');
    expect(departmentPart('75019')).toBe('75');
    expect(departmentPart('97400')).toBe('974');
    expect(departmentPart('97600')).toBe('976');
    expect(departmentPart('98800')).toBe('988');
    expect(departmentPart('20000')).toBe('200');
    expect(departmentPart('20200')).toBe('202');
    expect(departmentPart('')).toBe('');
  });

  it('changes nothing the second time', () => {
    for (const postcode of ['34080', '97400', '20200', '01000', '']) {
      expect(departmentPart(departmentPart(postcode))).toBe(departmentPart(postcode));
    }
  });
});

describe('anonymousEmail', () => {
  it('is unique per registration and can reach nobody', () => {
    expect(anonymousEmail('0b5e1d9a-0000-4000-8000-000000000001')).toBe('anonyme-0b5e1d9a-0000-4000-8000-000000000001@invalid');
  });
});
