import { describe, expect, it } from 'vitest';
import { parisTime } from '@/lib/time';
import type { PublicEvent } from './model';
import { isPast, registrationState } from './registration-window';

const opensAt = parisTime('2022-10-03', '09:00');
const closesAt = parisTime('2022-12-06', '23:59');
const startsAt = parisTime('2022-12-08', '09:30');
const endsAt = parisTime('2022-12-08', '16:30');
const duringWindow = parisTime('2022-11-15', '12:00');

function event(overrides: Partial<PublicEvent> = {}): PublicEvent {
  return {
    id: '00000000-0000-0000-0000-000000000001',
    slug: 'occitanie-montpellier-2022-12-08',
    title: "Rencontre régionale des acteurs de l'Occitanie",
    edition: 2022,
    status: 'published',
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone: 'Europe/Paris',
    calendarSequence: 0,
    region: { code: '76', name: 'Occitanie' },
    venue: { name: 'Stade de la Mosson', address: '345 Av. de Heidelberg', postcode: '34080', city: 'Montpellier', lat: null, lng: null },
    description: '',
    contactEmail: 'ave@ville-emploi.asso.fr',
    lunchProvided: true,
    accessibilityInfo: '',
    capacity: 150,
    remaining: 150,
    registrationOpensAt: opensAt.toISOString(),
    registrationClosesAt: closesAt.toISOString(),
    ...overrides,
  };
}

const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe('registrationState', () => {
  it('is open with seats inside the window', () => {
    expect(registrationState(event(), duringWindow)).toEqual({ open: true, full: false });
  });

  it('is open but full when no seat remains', () => {
    expect(registrationState(event({ remaining: 0 }), duringWindow)).toEqual({ open: true, full: true });
    expect(registrationState(event({ remaining: 1 }), duringWindow)).toEqual({ open: true, full: false });
  });

  it('is closed for a cancelled event, even inside the window', () => {
    expect(registrationState(event({ status: 'cancelled' }), duringWindow)).toEqual({ open: false, reason: 'cancelled' });
  });

  it('is past from the start of the event', () => {
    expect(registrationState(event(), startsAt)).toEqual({ open: false, reason: 'past' });
    expect(registrationState(event(), ms(endsAt, 86400_000))).toEqual({ open: false, reason: 'past' });
    // Even with a window that would still be open.
    const lateWindow = event({ registrationClosesAt: ms(endsAt, 86400_000).toISOString() });
    expect(registrationState(lateWindow, ms(startsAt, 1000))).toEqual({ open: false, reason: 'past' });
  });

  it('is not yet open before the opening instant, and open at it', () => {
    expect(registrationState(event(), ms(opensAt, -1))).toEqual({ open: false, reason: 'not_yet_open' });
    expect(registrationState(event(), opensAt)).toEqual({ open: true, full: false });
  });

  it('is closed from the closing instant until the event', () => {
    expect(registrationState(event(), ms(closesAt, -1))).toEqual({ open: true, full: false });
    expect(registrationState(event(), closesAt)).toEqual({ open: false, reason: 'closed' });
    expect(registrationState(event(), ms(startsAt, -1))).toEqual({ open: false, reason: 'closed' });
  });

  it('has no window when either date is missing', () => {
    expect(registrationState(event({ registrationOpensAt: null }), duringWindow)).toEqual({ open: false, reason: 'no_window' });
    expect(registrationState(event({ registrationClosesAt: null }), duringWindow)).toEqual({ open: false, reason: 'no_window' });
  });
});

describe('isPast', () => {
  it('is past from the end of the event, not its start', () => {
    expect(isPast(event(), ms(startsAt, 1000))).toBe(false);
    expect(isPast(event(), ms(endsAt, -1))).toBe(false);
    expect(isPast(event(), endsAt)).toBe(true);
  });
});
