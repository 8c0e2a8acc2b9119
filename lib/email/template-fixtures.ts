// Shared data of the e-mail template tests.
import ICAL from 'ical.js';
import { parisTime } from '@/lib/time';
import type { RegistrationEmailData, RegistrationEmailKind } from './registration-data';

export const NOW = new Date('2022-11-01T10:00:00Z');
export const MANAGE_URL = 'https://tour.example.org/inscription/tok_abc123';
export const EVENT_URL = 'https://tour.example.org/rencontres/occitanie-montpellier-2022-12-08';

export function data(overrides: Partial<RegistrationEmailData> = {}, event: Partial<RegistrationEmailData['event']> = {}): RegistrationEmailData {
  return {
    registrationId: '11111111-1111-4111-8111-111111111111',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@example.org',
    status: 'confirmed',
    lunch: true,
    manageUrl: MANAGE_URL,
    event: {
      id: '22222222-2222-4222-8222-222222222222',
      slug: 'occitanie-montpellier-2022-12-08',
      title: "Rencontre régionale des acteurs de l'Occitanie",
      startsAt: parisTime('2022-12-08', '09:30'),
      endsAt: parisTime('2022-12-08', '16:30'),
      timeZone: 'Europe/Paris',
      calendarSequence: 0,
      venueName: 'Stade de la Mosson',
      venueAddress: '345 Av. de Heidelberg',
      venuePostcode: '34080',
      venueCity: 'Montpellier',
      contactEmail: 'contact@occitanie.example.org',
      lunchProvided: true,
      url: EVENT_URL,
      ...event,
    },
    choices: [
      { slotStartsAt: parisTime('2022-12-08', '14:45'), slotEndsAt: parisTime('2022-12-08', '15:45'), code: 'C', title: 'Les marchés réservés' },
      { slotStartsAt: parisTime('2022-12-08', '13:30'), slotEndsAt: parisTime('2022-12-08', '14:30'), code: 'A', title: 'Innover avec la clause sociale' },
    ],
    ...overrides,
  };
}

/** What a reader sees in the HTML body, tags removed and entities decoded. */
export function visibleHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

export function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone), String(zone.getFirstPropertyValue('tzid')));
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

export const ALL_KINDS: RegistrationEmailKind[] = [
  'registration_confirmed',
  'registration_waitlisted',
  'registration_promoted',
  'registration_changed',
  'registration_cancelled',
  'registration_reminder',
  'manage_link',
  'event_cancelled',
  'event_changed',
];
