// The demo edition: upcoming events dated from the day the seed first runs, so they are ahead.
// Their slugs do not carry the date: seeding again on a later day finds them and adds nothing.
import { addDays } from '../../lib/time';
import type { OrganisationType } from '../schema';
import { fictionalEvent } from './fictional';
import type { SeedEvent } from './types';

/** The Thursday on or after a date (events of the tour are held mid-week), avoiding the year-end holidays. */
export function eventDay(date: string): string {
  const monthDay = date.slice(5);
  if (monthDay >= '12-18') date = `${Number(date.slice(0, 4)) + 1}-01-07`;
  else if (monthDay <= '01-06') date = `${date.slice(0, 4)}-01-07`;
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, (4 - day + 7) % 7);
}

const PEOPLE: [string, string, string, OrganisationType, string][] = [
  ['Amina', 'Benali', 'Toulouse Métropole', 'collectivite', '31000'],
  ['Julien', 'Marty', 'Habitat Toulouse', 'bailleur_social', '31200'],
  ['Sophie', 'Garcia', 'BTP Garonne', 'entreprise', '31100'],
  ['Karim', 'Haddad', 'Régie de quartier Empalot', 'siae', '31400'],
  ['Claire', 'Fabre', 'France Travail Occitanie', 'service_public_emploi', '31500'],
  ['Nicolas', 'Roux', 'PLIE du Toulousain', 'facilitateur', '31000'],
  ['Léa', 'Vidal', 'Mission locale de Toulouse', 'service_public_emploi', '31300'],
  ['Thomas', 'Blanc', 'Tisséo Ingénierie', 'maitre_ouvrage', '31000'],
  ['Inès', 'Moreau', 'Association Partage', 'association', '31700'],
  ['Hugo', 'Lopez', 'DDETS de la Haute-Garonne', 'etat_agence', '31000'],
];

export function demoEvents(today: string): SeedEvent[] {
  const occitanieDate = eventDay(addDays(today, 28));
  const occitanie = fictionalEvent({
    slug: 'demo-occitanie-toulouse',
    region: '76',
    regionLabel: "de l'Occitanie",
    city: 'Toulouse',
    postcode: '31000',
    date: occitanieDate,
    venueName: 'Centre de congrès (lieu fictif)',
    address: '12 allée de l\u2019Exemple',
    theme: 0,
    capacity: 80,
    registrationOpens: addDays(today, -14),
    smallWorkshop: true,
  });
  // Nine of the twelve seats of atelier C are taken, so "complet" is a few sign-ups away.
  occitanie.registrations = PEOPLE.map(([firstName, lastName, organisation, organisationType, postcode], i) => ({
    firstName,
    lastName,
    email: `${firstName}.${lastName}@exemple.example.org`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
    organisation,
    organisationType,
    postcode,
    lunch: i % 3 !== 0,
    choices: [i < 9 ? 'C' : 'A', 'DEF'[i % 3]],
  }));

  // Two weeks at least between two demo events.
  const bretagneDate = eventDay(addDays(occitanieDate, 14));
  const hdfDate = eventDay(addDays(bretagneDate, 14));
  const normandieDate = eventDay(addDays(hdfDate, 14));
  return [
    occitanie,
    fictionalEvent({
      slug: 'demo-bretagne-brest',
      region: '53',
      regionLabel: 'de Bretagne',
      city: 'Brest',
      postcode: '29200',
      date: bretagneDate,
      venueName: 'Maison de la mer (lieu fictif)',
      address: '13 quai de l\u2019Exemple',
      theme: 1,
      registrationOpens: addDays(today, -7),
    }),
    fictionalEvent({
      slug: 'demo-hauts-de-france-amiens',
      region: '32',
      regionLabel: 'des Hauts-de-France',
      city: 'Amiens',
      postcode: '80000',
      date: hdfDate,
      venueName: 'Espace des métiers (lieu fictif)',
      address: '14 rue de l\u2019Exemple',
      theme: 2,
      registrationOpens: addDays(today, -3),
    }),
    // A draft, being prepared by its partner: not public.
    fictionalEvent({
      slug: 'demo-normandie-caen',
      region: '28',
      regionLabel: 'de Normandie',
      city: 'Caen',
      postcode: '14000',
      date: normandieDate,
      venueName: 'Salle des fêtes (lieu fictif)',
      address: '15 place de l\u2019Exemple',
      theme: 3,
      status: 'draft',
      registrationOpens: addDays(today, 7),
    }),
  ];
}
