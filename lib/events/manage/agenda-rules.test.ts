import { describe, expect, it } from 'vitest';
import { parisTime } from '@/lib/time';
import { daysBetween, missingForPublication, shiftByDays, swapNeighbours } from './agenda-rules';
import { createEventSchema } from './create-event-schema';
import { updateEventSchema } from './update-event-schema';
import { workshopSchema } from './workshop-schema';

const at = (time: string, date = '2030-06-12') => parisTime(date, time);
const span = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe('swapNeighbours', () => {
  it('swaps two consecutive items, keeping durations, the gap and the pair’s place in the day', () => {
    const swapped = swapNeighbours(span('10:00', '10:30'), span('10:45', '11:45'))!;
    expect(swapped.second).toEqual(span('10:00', '11:00'));
    expect(swapped.first).toEqual(span('11:15', '11:45'));
  });

  it('keeps the times of two items starting together (only their order changes)', () => {
    const a = span('10:00', '10:30');
    const b = span('10:00', '11:00');
    expect(swapNeighbours(a, b)).toEqual({ first: a, second: b });
  });

  it('refuses overlapping items', () => {
    expect(swapNeighbours(span('10:00', '12:00'), span('10:30', '11:00'))).toBeNull();
  });
});

describe('shiftByDays', () => {
  it('keeps the Paris wall-clock times across a change of daylight saving time', () => {
    const item = { startsAt: parisTime('2030-03-30', '09:30'), endsAt: parisTime('2030-03-30', '10:00') };
    const moved = shiftByDays(item, daysBetween('2030-03-30', '2030-04-02'));
    expect(moved.startsAt.toISOString()).toBe('2030-04-02T07:30:00.000Z');
    expect(item.startsAt.toISOString()).toBe('2030-03-30T08:30:00.000Z');
  });
});

describe('missingForPublication', () => {
  const complete = {
    venueName: 'Stade',
    venueAddress: '1 rue',
    venuePostcode: '34000',
    venueCity: 'Montpellier',
    contactEmail: 'a@b.fr',
    capacity: 10,
    registrationOpensAt: at('09:00', '2030-05-01'),
    registrationClosesAt: at('09:00', '2030-06-01'),
  };
  const plenary = { id: 'p', kind: 'plenary' as const, title: 'Plénière', ...span('10:00', '11:00') };

  it('is empty for a complete event', () => {
    expect(missingForPublication(complete, [plenary], new Map())).toEqual([]);
  });

  it('lists the venue fields, the window, the programme and empty workshop slots', () => {
    const slot = { id: 's', kind: 'workshop_slot' as const, title: 'Ateliers', ...span('14:00', '15:00') };
    expect(missingForPublication({ ...complete, venueName: ' ', registrationOpensAt: null }, [], new Map())).toEqual([
      'le lieu (nom)',
      'les dates d’ouverture et de clôture des inscriptions',
      'au moins un temps au programme',
    ]);
    expect(missingForPublication(complete, [slot], new Map())).toEqual(['au moins un atelier dans le créneau « Ateliers » (14h00–15h00)']);
    expect(missingForPublication(complete, [slot], new Map([['s', 2]]))).toEqual([]);
  });
});

describe('schemas', () => {
  it('gives French messages for an empty number field (NaN from the form) and an unselected region', () => {
    const result = createEventSchema.safeParse({ regionId: Number.NaN, capacity: Number.NaN, title: '', date: '', startTime: '', endTime: '', venueCity: '', contactEmail: '' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toMatchObject({
      regionId: 'Choisissez la région de la rencontre.',
      capacity: 'Indiquez le nombre de places.',
      title: 'Indiquez le titre de la rencontre.',
      date: 'Indiquez la date de la rencontre.',
      venueCity: 'Indiquez la ville de la rencontre.',
    });
  });

  it('refuses an impossible date and a registration window opening after the event starts', () => {
    const base = {
      title: 'T', date: '2030-02-30', startTime: '09:30', endTime: '16:30', timeZone: 'Europe/Paris', venueName: '', venueAddress: '', venuePostcode: '',
      venueCity: 'Lyon', venueLat: null, venueLng: null, description: '', capacity: 10, registrationOpensAt: '', registrationClosesAt: '',
      lunchProvided: false, accessibilityInfo: '', contactEmail: 'a@b.fr',
    };
    expect(updateEventSchema.safeParse(base).error?.issues[0]).toMatchObject({ path: ['date'] });
    const late = updateEventSchema.safeParse({ ...base, date: '2030-06-12', registrationOpensAt: '2030-06-12T10:00' });
    expect(late.error?.issues[0]).toMatchObject({ path: ['registrationOpensAt'], message: expect.stringContaining('ouvrir avant le début') });
    expect(updateEventSchema.safeParse({ ...base, date: '2030-06-12', registrationOpensAt: '2030-05-01T09:00', registrationClosesAt: '2030-06-11T23:59' }).success).toBe(true);
  });

  it('takes a lowercase atelier letter as uppercase, and one letter only', () => {
    expect(workshopSchema.parse({ code: ' b ', title: 'Atelier', capacity: 5 }).code).toBe('B');
    expect(workshopSchema.safeParse({ code: 'AB', title: 'Atelier', capacity: 5 }).success).toBe(false);
  });
});
