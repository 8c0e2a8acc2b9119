// The one real programme of the tour (shared/seed/000_d40cb413a6a182fd.txt), as it was published.
import { parisTime } from '../../lib/time';
import type { SeedEvent } from './types';

export const OCCITANIE_2022: SeedEvent = {
  slug: 'occitanie-montpellier-2022-12-08',
  region: '76',
  title: "Rencontre régionale des acteurs de l'Occitanie",
  edition: 2022,
  date: '2022-12-08',
  starts: '09:30',
  ends: '16:30',
  venue: {
    name: 'Stade de la Mosson',
    address: '345 Av. de Heidelberg',
    postcode: '34080',
    city: 'Montpellier',
    lat: 43.6222,
    lng: 3.8121,
  },
  description:
    "La rencontre du 8 décembre rassemblera tous les acteurs de l'écosystème du renouvellement urbain et de la clause sociale et visera à favoriser l'interconnaissance entre les parties prenantes et la valorisation de pratiques inspirantes sur les territoires !\n\n" +
    "L'ensemble des acteurs de l'écosystème de la clause sociale, de l'emploi et du renouvellement urbain sont conviés à cette rencontre.",
  status: 'published',
  // The programme gives no figure: the capacities are the platform's own.
  capacity: 150,
  registration: {
    opens: parisTime('2022-10-03', '09:00').toISOString(),
    closes: parisTime('2022-12-06', '23:59').toISOString(),
  },
  contactEmail: 'ave@ville-emploi.asso.fr',
  lunchProvided: true,
  speakers: [
    {
      key: 'gimenez',
      name: 'Clara GIMENEZ',
      role: 'Vice-présidente de Montpellier Méditerranée Métropole déléguée à la Politique de la Ville et Cohésion sociale et Conseillère municipale de Montpellier',
      organisation: 'Montpellier Méditerranée Métropole',
    },
  ],
  agenda: [
    { starts: '09:30', ends: '10:00', kind: 'welcome', title: 'Accueil-café' },
    { starts: '10:00', ends: '10:15', kind: 'plenary', title: 'Introduction' },
    { starts: '10:15', ends: '10:30', kind: 'presentation', title: 'Présentation du Tour de France de la clause sociale' },
    {
      starts: '10:30',
      ends: '11:40',
      kind: 'round_table',
      title: "Table ronde « Une organisation régionale pour répondre aux objectifs nationaux sur l'achat durable »",
    },
    { starts: '11:40', ends: '12:00', kind: 'presentation', title: "Présentation du Marché de l'Inclusion" },
    { starts: '12:00', ends: '12:30', kind: 'qa', title: 'Questions / Réponses' },
    { starts: '12:30', ends: '13:30', kind: 'meal', title: 'Déjeuner', description: 'Prévu par les organisateurs' },
    {
      starts: '13:30',
      ends: '14:00',
      kind: 'round_table',
      title: "Table ronde « L'emploi et l'insertion dans les quartiers prioritaires »",
    },
    {
      starts: '14:00',
      ends: '15:00',
      kind: 'workshop_slot',
      title: "Atelier d'une heure au choix",
      workshops: [
        { code: 'A', title: 'Innover avec la clause sociale', capacity: 50 },
        { code: 'B', title: "Favoriser l'accès des structures de l'IAE et du handicap à la commande publique", capacity: 50 },
        {
          code: 'C',
          title: "Diversifier les outils et les pratiques pour développer l'accès des structures de l'ESS à la commande publique",
          capacity: 50,
        },
      ],
    },
    {
      starts: '15:15',
      ends: '16:15',
      kind: 'workshop_slot',
      title: "Atelier d'une heure au choix",
      workshops: [
        { code: 'D', title: "Mettre en place une démarche d'achats socialement et écologiquement responsable", capacity: 50 },
        { code: 'E', title: 'Mobiliser les entreprises dans le cadre de la clause sociale', capacity: 50 },
        { code: 'F', title: 'Repérer et mobiliser les habitants des QPV dans le cadre de la clause sociale', capacity: 50 },
      ],
    },
    { starts: '16:15', ends: '16:30', kind: 'closing', title: 'Clôture de la rencontre' },
  ],
};
