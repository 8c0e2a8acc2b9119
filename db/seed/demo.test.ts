import { describe, expect, it } from 'vitest';
import { demoEvents, eventDay } from './demo';

describe('demo event days', () => {
  it('falls on a Thursday on or after the given day', () => {
    expect(eventDay('2025-03-05')).toBe('2025-03-06');
    expect(eventDay('2025-03-06')).toBe('2025-03-06');
    expect(eventDay('2025-03-07')).toBe('2025-03-13');
  });
  it('skips the year-end holidays', () => {
    expect(eventDay('2026-12-23')).toBe('2027-01-07');
    expect(eventDay('2027-01-02')).toBe('2027-01-07');
    expect(eventDay('2026-12-10')).toBe('2026-12-10');
  });
  it('spaces the demo events at least two weeks apart, all after the seed day', () => {
    for (const today of ['2026-11-25', '2025-06-01', '2024-12-01']) {
      const dates = demoEvents(today).map((e) => e.date);
      expect(dates[0] > today).toBe(true);
      for (let i = 1; i < dates.length; i++) {
        const gap = (Date.parse(dates[i]) - Date.parse(dates[i - 1])) / 86_400_000;
        expect(gap).toBeGreaterThanOrEqual(14);
      }
    }
  });
});
