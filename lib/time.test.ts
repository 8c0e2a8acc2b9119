// Every expectation here is a fixed UTC instant or a Paris reading, so the tests give the same
// answer whatever the process time zone (try TZ=America/New_York or TZ=UTC).
import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTime,
  formatTimeRange,
  parisDate,
  parisOffsetMinutes,
  parisParts,
  parisTime,
  toParisIso,
  withFirstOrdinal,
} from './time';

const HOUR = 3600_000;

describe('formatTime', () => {
  it('writes times the French programme way', () => {
    expect(formatTime(new Date('2022-12-08T08:30:00Z'))).toBe('9h30');
    expect(formatTime(new Date('2022-12-08T09:00:00Z'))).toBe('10h00');
    expect(formatTime(new Date('2022-12-08T23:05:00Z'))).toBe('0h05');
  });
  it('reads the Paris clock in summer too', () => {
    expect(formatTime(new Date('2023-06-15T07:30:00Z'))).toBe('9h30');
  });
  it('formats a range with an en dash', () => {
    expect(formatTimeRange(new Date('2022-12-08T08:30:00Z'), new Date('2022-12-08T09:00:00Z'))).toBe('9h30–10h00');
  });
});

describe('French dates', () => {
  it('gives the long date with the weekday', () => {
    expect(formatLongDate(new Date('2022-12-08T08:30:00Z'))).toBe('jeudi 8 décembre 2022');
  });
  it('takes the Paris day, not the UTC one, near midnight', () => {
    // 23:30 UTC on 7 December is already 8 December in Paris.
    expect(formatLongDate(new Date('2022-12-07T23:30:00Z'))).toBe('jeudi 8 décembre 2022');
    expect(parisDate(new Date('2022-12-07T23:30:00Z'))).toBe('2022-12-08');
  });
  it('gives the short date and the date with time', () => {
    expect(formatDate(new Date('2022-12-08T08:30:00Z'))).toBe('8 décembre 2022');
    expect(formatDateTime(new Date('2022-12-08T08:30:00Z'))).toBe('8 décembre 2022 à 9h30');
  });
});

describe('toParisIso', () => {
  it('uses +01:00 in winter', () => {
    expect(toParisIso(new Date('2022-12-08T08:30:00Z'))).toBe('2022-12-08T09:30:00+01:00');
  });
  it('uses +02:00 in summer', () => {
    expect(toParisIso(new Date('2023-06-15T07:30:00Z'))).toBe('2023-06-15T09:30:00+02:00');
  });
  it('changes offset at the exact instant of the switch', () => {
    // Spring: 01:00 UTC on 26 March 2023 is 02:00 CET → 03:00 CEST.
    expect(toParisIso(new Date('2023-03-26T00:59:59Z'))).toBe('2023-03-26T01:59:59+01:00');
    expect(toParisIso(new Date('2023-03-26T01:00:00Z'))).toBe('2023-03-26T03:00:00+02:00');
    // Autumn: 01:00 UTC on 29 October 2023 is 03:00 CEST → 02:00 CET.
    expect(toParisIso(new Date('2023-10-29T00:59:59Z'))).toBe('2023-10-29T02:59:59+02:00');
    expect(toParisIso(new Date('2023-10-29T01:00:00Z'))).toBe('2023-10-29T02:00:00+01:00');
  });
  it('reads back as the same instant', () => {
    for (const iso of ['2022-12-08T08:30:00Z', '2023-06-15T07:30:00Z', '2023-10-29T00:30:00Z', '2023-10-29T01:30:00Z']) {
      expect(new Date(toParisIso(new Date(iso))).toISOString()).toBe(new Date(iso).toISOString());
    }
  });
});

describe('parisOffsetMinutes and parisParts', () => {
  it('gives 60 in winter and 120 in summer', () => {
    expect(parisOffsetMinutes(new Date('2022-12-08T08:30:00Z'))).toBe(60);
    expect(parisOffsetMinutes(new Date('2023-06-15T07:30:00Z'))).toBe(120);
  });
  it('ignores milliseconds', () => {
    expect(parisOffsetMinutes(new Date('2022-12-08T08:30:00.999Z'))).toBe(60);
  });
  it('reads the wall clock with a 0–23 hour', () => {
    expect(parisParts(new Date('2022-12-07T23:00:00Z'))).toEqual({ year: 2022, month: 12, day: 8, hour: 0, minute: 0, second: 0 });
  });
});

describe('parisTime', () => {
  it('gives the UTC instant of a Paris time in winter and in summer', () => {
    expect(parisTime('2022-12-08', '09:30').toISOString()).toBe('2022-12-08T08:30:00.000Z');
    expect(parisTime('2023-06-15', '09:30').toISOString()).toBe('2023-06-15T07:30:00.000Z');
  });
  it('accepts 9h30 as well as 09:30', () => {
    expect(parisTime('2022-12-08', '9h30').toISOString()).toBe('2022-12-08T08:30:00.000Z');
  });
  it('handles times just after Paris midnight (the UTC day before)', () => {
    expect(parisTime('2022-12-08', '00:30').toISOString()).toBe('2022-12-07T23:30:00.000Z');
    expect(parisTime('2023-03-26', '00:30').toISOString()).toBe('2023-03-25T23:30:00.000Z');
    expect(parisTime('2023-06-15', '00:30').toISOString()).toBe('2023-06-14T22:30:00.000Z');
  });
  it('round-trips through formatTime and parisDate at every quarter hour of several days', () => {
    for (const date of ['2022-12-08', '2023-03-26', '2023-06-15', '2023-10-29', '2024-02-29']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const h = Math.floor(minutes / 60);
        const m = minutes % 60;
        // The skipped spring hour cannot round-trip: tested below.
        if (date === '2023-03-26' && h === 2) continue;
        const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const instant = parisTime(date, time);
        expect(formatTime(instant), `${date} ${time}`).toBe(`${h}h${String(m).padStart(2, '0')}`);
        expect(parisDate(instant), `${date} ${time}`).toBe(date);
      }
    }
  });
  it('refuses malformed input', () => {
    expect(() => parisTime('08/12/2022', '09:30')).toThrow(RangeError);
    expect(() => parisTime('2022-12-08', '9.30')).toThrow(RangeError);
  });

  it('moves the skipped spring 02:30 forward by an hour, to 03:30 CEST', () => {
    const instant = parisTime('2023-03-26', '02:30');
    expect(instant.toISOString()).toBe('2023-03-26T01:30:00.000Z');
    expect(toParisIso(instant)).toBe('2023-03-26T03:30:00+02:00');
  });
  it('takes the first of the two autumn 02:30s (still summer time)', () => {
    const instant = parisTime('2023-10-29', '02:30');
    expect(instant.toISOString()).toBe('2023-10-29T00:30:00.000Z');
    expect(toParisIso(instant)).toBe('2023-10-29T02:30:00+02:00');
    // The second 02:30, an hour later, also reads 2h30: both exist, the first was chosen.
    expect(formatTime(new Date(instant.getTime() + HOUR))).toBe('2h30');
  });
});

describe('an event on a day the clocks change', () => {
  it.each([
    ['2023-03-26', '2023-03-26T07:30:00.000Z', '2023-03-26T14:30:00.000Z', '2023-03-26T09:30:00+02:00'],
    ['2023-10-29', '2023-10-29T08:30:00.000Z', '2023-10-29T15:30:00.000Z', '2023-10-29T09:30:00+01:00'],
  ])('on %s runs 9h30–16h30 and lasts 7 hours', (date, startUtc, endUtc, startIso) => {
    const start = parisTime(date, '09:30');
    const end = parisTime(date, '16:30');
    expect(start.toISOString()).toBe(startUtc);
    expect(end.toISOString()).toBe(endUtc);
    expect(formatTime(start)).toBe('9h30');
    expect(formatTime(end)).toBe('16h30');
    expect(formatTimeRange(start, end)).toBe('9h30–16h30');
    expect(toParisIso(start)).toBe(startIso);
    expect(end.getTime() - start.getTime()).toBe(7 * HOUR);
  });
  it('counts a whole Paris day across a change as 23 or 25 hours', () => {
    expect(parisTime('2023-03-27', '00:00').getTime() - parisTime('2023-03-26', '00:00').getTime()).toBe(23 * HOUR);
    expect(parisTime('2023-10-30', '00:00').getTime() - parisTime('2023-10-29', '00:00').getTime()).toBe(25 * HOUR);
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2023-01-01', -1)).toBe('2022-12-31');
    expect(addDays('2022-11-30', 1)).toBe('2022-12-01');
    expect(addDays('2022-12-08', 60)).toBe('2023-02-06');
  });
  it('knows leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('counts calendar days across a clock change', () => {
    expect(addDays('2023-03-25', 1)).toBe('2023-03-26');
    expect(addDays('2023-03-26', 1)).toBe('2023-03-27');
    expect(addDays('2023-10-29', 1)).toBe('2023-10-30');
    expect(addDays('2023-10-29', 0)).toBe('2023-10-29');
  });
});

describe('the first of the month', () => {
  it('is written « 1er », in long and short dates, in Paris time', () => {
    expect(formatLongDate(new Date('2022-12-01T09:00:00Z'))).toBe('jeudi 1er décembre 2022');
    expect(formatDate(new Date('2022-12-01T09:00:00Z'))).toBe('1er décembre 2022');
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(formatDate(new Date('2022-11-30T23:30:00Z'))).toBe('1er décembre 2022');
  });
  it('leaves the other days alone, 11 and 21 included', () => {
    expect(formatDate(new Date('2022-12-11T09:00:00Z'))).toBe('11 décembre 2022');
    expect(formatDate(new Date('2022-12-21T09:00:00Z'))).toBe('21 décembre 2022');
    expect(withFirstOrdinal('samedi 1 avril 2023')).toBe('samedi 1er avril 2023');
    expect(withFirstOrdinal('10 avril 2023')).toBe('10 avril 2023');
  });
});
