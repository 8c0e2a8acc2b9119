// Invented events that fill the tour's editions for demonstration. Each one says so plainly.
import { addDays, parisTime, regionTimeZone } from '../../lib/time';
import type { RegionCode } from './regions';
import type { SeedEvent } from './types';

export const FICTIONAL_NOTICE =
  "Exemple fictif : cette rencontre est inventée pour la démonstration de la plateforme. Seule la rencontre d'Occitanie du 8 décembre 2022 est réelle.";

const ROUND_TABLES = [
  'Table ronde « Acheteurs et entreprises : réussir ensemble la clause sociale »',
  'Table ronde « La clause sociale dans les projets de renouvellement urbain (NPNRU) »',
  'Table ronde « Diversifier les marchés et les publics de la clause »',
  'Table ronde « Les bailleurs sociaux, moteurs de l\u2019insertion dans les quartiers »',
];

const WORKSHOP_THEMES = [
  ['Mobiliser les entreprises du bâtiment autour de la clause', "Favoriser l'accès des SIAE aux marchés publics", 'Repérer les habitants des QPV'],
  ['Suivre et valoriser les heures d\u2019insertion', 'Élargir la clause aux marchés de services', 'Ouvrir les métiers du bâtiment aux femmes'],
  ['Les marchés réservés : mode d\u2019emploi', 'Construire des parcours vers l\u2019emploi durable', 'Le rôle du facilitateur de la clause sociale'],
  ['Achats responsables : social et écologique', 'Coopérer avec France Travail et les missions locales', 'Le Marché de l\u2019inclusion en pratique'],
] as const;

type FictionalSpec = {
  slug: string;
  region: RegionCode;
  regionLabel: string;
  city: string;
  postcode: string;
  date: string;
  venueName: string;
  address: string;
  status?: SeedEvent['status'];
  capacity?: number;
  theme: number;
  registrationOpens?: string;
  smallWorkshop?: boolean;
  lat?: number;
  lng?: number;
};

/** The usual shape of an event day, on an invented programme. */
export function fictionalEvent(spec: FictionalSpec): SeedEvent {
  const themes = WORKSHOP_THEMES[spec.theme % WORKSHOP_THEMES.length];
  const later = WORKSHOP_THEMES[(spec.theme + 1) % WORKSHOP_THEMES.length];
  const year = Number(spec.date.slice(0, 4));
  const opens = spec.registrationOpens ?? addDays(spec.date, -60);
  return {
    slug: spec.slug,
    region: spec.region,
    title: `Rencontre régionale des acteurs ${spec.regionLabel}`,
    edition: year,
    date: spec.date,
    starts: '09:30',
    ends: '16:00',
    venue: { name: spec.venueName, address: spec.address, postcode: spec.postcode, city: spec.city, lat: spec.lat, lng: spec.lng },
    description: `${FICTIONAL_NOTICE}\n\nUne journée pour réunir collectivités, bailleurs sociaux, entreprises, structures d'insertion et services de l'emploi autour de la clause sociale dans les projets urbains de ${spec.city} et de sa région.`,
    status: spec.status ?? 'published',
    capacity: spec.capacity ?? 120,
    registration: {
      opens: parisTime(opens, '09:00', regionTimeZone(spec.region)).toISOString(),
      closes: parisTime(addDays(spec.date, -2), '23:59', regionTimeZone(spec.region)).toISOString(),
    },
    contactEmail: 'ave@ville-emploi.asso.fr',
    lunchProvided: true,
    accessibilityInfo: 'Lieu accessible aux personnes à mobilité réduite. Boucle magnétique sur demande.',
    speakers: [{ key: 'ave', name: 'Équipe Alliance Villes Emploi', role: 'Animation du Tour de France', organisation: 'Alliance Villes Emploi' }],
    agenda: [
      { starts: '09:30', ends: '10:00', kind: 'welcome', title: 'Accueil-café' },
      {
        starts: '10:00',
        ends: '10:20',
        kind: 'presentation',
        title: 'Ouverture et présentation du Tour de France de la clause sociale',
        speakers: ['ave'],
      },
      { starts: '10:20', ends: '11:30', kind: 'round_table', title: ROUND_TABLES[spec.theme % ROUND_TABLES.length] },
      { starts: '11:30', ends: '12:00', kind: 'qa', title: 'Questions / Réponses' },
      { starts: '12:00', ends: '13:30', kind: 'meal', title: 'Déjeuner', description: 'Prévu par les organisateurs' },
      {
        starts: '13:30',
        ends: '14:30',
        kind: 'workshop_slot',
        title: "Atelier d'une heure au choix",
        workshops: themes.map((title, i) => ({
          code: 'ABC'[i],
          title,
          room: `Salle ${i + 1}`,
          capacity: spec.smallWorkshop && i === 2 ? 12 : 40,
        })),
      },
      { starts: '14:30', ends: '14:45', kind: 'break', title: 'Pause' },
      {
        starts: '14:45',
        ends: '15:45',
        kind: 'workshop_slot',
        title: "Atelier d'une heure au choix",
        workshops: later.map((title, i) => ({ code: 'DEF'[i], title, room: `Salle ${i + 1}`, capacity: 40 })),
      },
      { starts: '15:45', ends: '16:00', kind: 'closing', title: 'Clôture de la rencontre' },
    ],
  };
}

/** Past events of the 2021, 2022 and 2023 editions (all invented but Occitanie 2022). */
export const PAST_FICTIONAL: SeedEvent[] = (
  [
  { slug: 'hauts-de-france-lille-2021-10-14', region: '32', regionLabel: 'des Hauts-de-France', city: 'Lille', postcode: '59000', date: '2021-10-14', venueName: "Maison de l'emploi (lieu fictif)", address: '1 rue de l\u2019Exemple', theme: 0 },
  { slug: 'bretagne-rennes-2021-11-18', region: '53', regionLabel: 'de Bretagne', city: 'Rennes', postcode: '35000', date: '2021-11-18', venueName: 'Salle des congrès (lieu fictif)', address: '2 place de l\u2019Exemple', theme: 1 },
  { slug: 'grand-est-strasbourg-2021-12-09', region: '44', regionLabel: 'du Grand Est', city: 'Strasbourg', postcode: '67000', date: '2021-12-09', venueName: 'Centre des rencontres (lieu fictif)', address: '3 quai de l\u2019Exemple', theme: 2 },
  { slug: 'auvergne-rhone-alpes-lyon-2022-03-24', region: '84', regionLabel: "d'Auvergne-Rhône-Alpes", city: 'Lyon', postcode: '69003', date: '2022-03-24', venueName: 'Espace des quartiers (lieu fictif)', address: '4 cours de l\u2019Exemple', theme: 3 },
  { slug: 'pays-de-la-loire-nantes-2022-06-16', region: '52', regionLabel: 'des Pays de la Loire', city: 'Nantes', postcode: '44000', date: '2022-06-16', venueName: 'Halle de l\u2019insertion (lieu fictif)', address: '5 allée de l\u2019Exemple', theme: 0 },
  { slug: 'nouvelle-aquitaine-bordeaux-2022-10-06', region: '75', regionLabel: 'de Nouvelle-Aquitaine', city: 'Bordeaux', postcode: '33000', date: '2022-10-06', venueName: 'Pôle emploi et habitat (lieu fictif)', address: '6 rue de l\u2019Exemple', theme: 1 },
  { slug: 'ile-de-france-paris-2023-02-09', region: '11', regionLabel: "d'Île-de-France", city: 'Paris', postcode: '75019', date: '2023-02-09', venueName: 'Maison des associations (lieu fictif)', address: '7 avenue de l\u2019Exemple', theme: 2 },
  { slug: 'provence-alpes-cote-d-azur-marseille-2023-04-13', region: '93', regionLabel: "de Provence-Alpes-Côte d'Azur", city: 'Marseille', postcode: '13003', date: '2023-04-13', venueName: 'Docks des acteurs (lieu fictif)', address: '8 boulevard de l\u2019Exemple', theme: 3 },
  { slug: 'normandie-rouen-2023-06-15', region: '28', regionLabel: 'de Normandie', city: 'Rouen', postcode: '76000', date: '2023-06-15', venueName: 'Hôtel des entreprises (lieu fictif)', address: '9 rue de l\u2019Exemple', theme: 0 },
  { slug: 'centre-val-de-loire-orleans-2023-09-21', region: '24', regionLabel: 'du Centre-Val de Loire', city: 'Orléans', postcode: '45000', date: '2023-09-21', venueName: 'Salle de la cohésion (lieu fictif)', address: '10 mail de l\u2019Exemple', theme: 1 },
  { slug: 'la-reunion-saint-denis-2023-11-16', region: '04', regionLabel: 'de La Réunion', city: 'Saint-Denis', postcode: '97400', date: '2023-11-16', venueName: 'Maison de la région (lieu fictif)', address: '11 rue de l\u2019Exemple', theme: 2 },
  ] satisfies FictionalSpec[]
).map(fictionalEvent);
