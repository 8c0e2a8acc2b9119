// Factories for registration tests: a valid input, and an event with seats to fight over.
import { uniqueEmail } from './db';

export function validInput(slots: { id: string; workshops: { id: string }[] }[], overrides: Record<string, unknown> = {}) {
  return {
    firstName: 'Camille',
    lastName: 'Martin',
    email: uniqueEmail('inscrit'),
    organisation: 'Ville de Montpellier',
    organisationType: 'collectivite',
    jobTitle: 'Chargée de mission clause sociale',
    postcode: '34000',
    lunch: true,
    accessibilityNeeds: '',
    consent: true,
    workshops: Object.fromEntries(slots.map((s) => [s.id, s.workshops[0].id])),
    ...overrides,
  };
}
