import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from './ics';
import { parisTime } from './time';

const now = new Date('2022-11-01T10:00:00Z');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
  ICAL.TimezoneService.register(zone, 'Europe/Paris');
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

describe('buildCalendar', () => {
  it('gives a valid iCalendar file with Paris local times', () => {
    const ics = buildCalendar(
      {
        uid: 'occitanie@test',
        title: "Rencontre régionale des acteurs de l'Occitanie",
        description: 'Ligne 1\nLigne 2; avec, ponctuation',
        startsAt: parisTime('2022-12-08', '09:30'),
        endsAt: parisTime('2022-12-08', '16:30'),
        location: 'Stade de la Mosson, 345 Av. de Heidelberg, 34080 Montpellier',
      },
      now,
    );
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const event = parse(ics);
    expect(event.summary).toBe("Rencontre régionale des acteurs de l'Occitanie");
    expect(event.description).toBe('Ligne 1\nLigne 2; avec, ponctuation');
    expect(event.location).toBe('Stade de la Mosson, 345 Av. de Heidelberg, 34080 Montpellier');
    expect(event.startDate.hour).toBe(9);
    expect(event.startDate.minute).toBe(30);
    expect(event.startDate.zone.tzid).toBe('Europe/Paris');
    expect(event.startDate.toJSDate().toISOString()).toBe('2022-12-08T08:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2022-12-08T15:30:00.000Z');
  });

  it('keeps summer events at their Paris hour (UTC+2)', () => {
    const event = parse(
      buildCalendar(
        { uid: 'ete@test', title: 'Été', description: '', startsAt: parisTime('2023-06-15', '09:30'), endsAt: parisTime('2023-06-15', '16:00'), location: 'Rouen' },
        now,
      ),
    );
    expect(event.startDate.hour).toBe(9);
    expect(event.startDate.toJSDate().toISOString()).toBe('2023-06-15T07:30:00.000Z');
  });

  it('marks a cancelled event', () => {
    const ics = buildCalendar(
      { uid: 'x@test', title: 'X', description: '', startsAt: parisTime('2023-06-15', '09:30'), endsAt: parisTime('2023-06-15', '10:00'), location: 'Y', cancelled: true },
      now,
    );
    expect(ics).toContain('STATUS:CANCELLED');
  });
});

describe('text helpers', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
  it('folds long lines without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const parts = folded.split('\r\n ');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
    expect(parts.every((p) => Buffer.byteLength(p) <= 75)).toBe(true);
  });
});
