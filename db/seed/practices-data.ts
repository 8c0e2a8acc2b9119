// Fifteen invented pratiques inspirantes, each marked "Exemple fictif": spread over the themes and
// the regions (overseas included), in every state of moderation. None is linked to the real
// Occitanie event of 8 December 2022: their presentations are on invented and demo events only.
import type { OrganisationType, PracticeStatus, PracticeTheme } from '../schema';
import type { RegionCode } from './regions';

export const FICTIONAL_PRACTICE = 'Exemple fictif';

export type SeedPractice = {
  slug: string;
  status: PracticeStatus;
  region: RegionCode;
  department: string;
  communes: string;
  qpv: string | null;
  themes: PracticeTheme[];
  title: string;
  organisation: [string, OrganisationType];
  summary: string;
  hours?: number;
  hired?: number;
  /** Presented at these events: [event slug, workshop code or null for the round table]. */
  presented?: [string, string | null][];
};

export const SEED_PRACTICES: SeedPractice[] = [
  { slug: 'ecole-inclusive-des-metiers-du-batiment', status: 'published', region: '32', department: '59', communes: 'Lille, Roubaix', qpv: 'Lille-Sud', themes: ['habitants_qpv', 'entreprises'], title: 'École inclusive des métiers du bâtiment', organisation: ['Maison de l’emploi de la Métropole (fictive)', 'facilitateur'], summary: 'Des habitants des quartiers formés sur chantier avant leur embauche par les entreprises attributaires.', hours: 12500, hired: 38, presented: [['hauts-de-france-lille-2021-10-14', 'A'], ['demo-hauts-de-france-amiens', 'B']] },
  { slug: 'marche-reserve-aux-siae-pour-les-espaces-verts', status: 'published', region: '53', department: '35', communes: 'Rennes', qpv: 'Le Blosne', themes: ['siae_handicap'], title: 'Marché réservé aux SIAE pour les espaces verts', organisation: ['Rennes Métropole (fictive)', 'collectivite'], summary: 'Un lot réservé aux structures d’insertion pour l’entretien des espaces verts des quartiers.', hours: 8200, hired: 14, presented: [['bretagne-rennes-2021-11-18', 'B']] },
  { slug: 'clause-sociale-et-reemploi-des-materiaux', status: 'published', region: '44', department: '67', communes: 'Strasbourg', qpv: 'Neuhof', themes: ['achats_responsables', 'innover'], title: 'Clause sociale et réemploi des matériaux', organisation: ['Bailleur Habitat de l’Est (fictif)', 'bailleur_social'], summary: 'La déconstruction d’une barre confiée à une SIAE qui trie et réemploie les matériaux.', hours: 5400, hired: 9, presented: [['grand-est-strasbourg-2021-12-09', null]] },
  { slug: 'forum-entreprises-habitants-des-quartiers', status: 'published', region: '84', department: '69', communes: 'Lyon, Vénissieux', qpv: 'Les Minguettes', themes: ['entreprises', 'habitants_qpv'], title: 'Forum entreprises – habitants des quartiers', organisation: ['PLIE de l’agglomération (fictif)', 'facilitateur'], summary: 'Un forum annuel où les entreprises attributaires rencontrent les candidats repérés par les associations.', hired: 52, presented: [['auvergne-rhone-alpes-lyon-2022-03-24', 'C']] },
  { slug: 'tableau-de-bord-partage-des-heures-d-insertion', status: 'published', region: '52', department: '44', communes: 'Nantes, Saint-Herblain', qpv: null, themes: ['suivi_heures'], title: 'Tableau de bord partagé des heures d’insertion', organisation: ['Nantes Métropole (fictive)', 'collectivite'], summary: 'Un suivi mensuel des heures réalisées, partagé entre maîtres d’ouvrage, facilitateur et entreprises.', hours: 41000, presented: [['pays-de-la-loire-nantes-2022-06-16', null]] },
  { slug: 'groupement-d-employeurs-pour-l-insertion-et-la-qualification', status: 'published', region: '75', department: '33', communes: 'Bordeaux, Cenon', qpv: 'Palmer', themes: ['innover', 'entreprises'], title: 'Groupement d’employeurs pour l’insertion et la qualification', organisation: ['GEIQ BTP de la Gironde (fictif)', 'siae'], summary: 'Des parcours en alternance qui mutualisent les heures de clause de plusieurs chantiers.', hours: 9600, hired: 21, presented: [['nouvelle-aquitaine-bordeaux-2022-10-06', 'A'], ['demo-occitanie-toulouse', 'A']] },
  { slug: 'achats-de-l-ess-dans-la-restauration-collective', status: 'published', region: '11', department: '93', communes: 'Saint-Denis, Aubervilliers', qpv: 'Franc-Moisin', themes: ['ess', 'achats_responsables'], title: 'Achats de l’ESS dans la restauration collective', organisation: ['Établissement public territorial (fictif)', 'collectivite'], summary: 'Des lots de restauration ouverts aux entreprises de l’économie sociale et solidaire du territoire.', hired: 17 },
  { slug: 'mobiliser-les-habitants-par-les-regies-de-quartier', status: 'published', region: '04', department: '974', communes: 'Saint-Denis', qpv: 'Le Chaudron', themes: ['habitants_qpv'], title: 'Mobiliser les habitants par les régies de quartier', organisation: ['Régie de quartier du Chaudron (fictive)', 'siae'], summary: 'Les régies de quartier repèrent et accompagnent les habitants vers les chantiers de rénovation.', hours: 6100, hired: 26, presented: [['la-reunion-saint-denis-2023-11-16', 'B']] },
  { slug: 'clause-sociale-dans-les-marches-de-la-guadeloupe', status: 'published', region: '01', department: '971', communes: 'Pointe-à-Pitre, Les Abymes', qpv: 'Boissard', themes: ['innover', 'suivi_heures'], title: 'Clause sociale dans les marchés d’aménagement en Guadeloupe', organisation: ['Communauté d’agglomération (fictive)', 'collectivite'], summary: 'Un facilitateur commun à trois maîtres d’ouvrage pour les marchés d’aménagement urbain.', hours: 7300 },
  { slug: 'parrainage-des-jeunes-par-les-entreprises', status: 'submitted', region: '93', department: '13', communes: 'Marseille', qpv: 'La Castellane', themes: ['entreprises'], title: 'Parrainage des jeunes par les entreprises attributaires', organisation: ['Mission locale de Marseille (fictive)', 'service_public_emploi'], summary: 'Chaque entreprise attributaire parraine deux jeunes du quartier pendant le chantier.' },
  { slug: 'insertion-et-handicap-dans-les-chantiers-de-renovation', status: 'submitted', region: '76', department: '31', communes: 'Toulouse', qpv: 'Empalot', themes: ['siae_handicap'], title: 'Insertion et handicap dans les chantiers de rénovation', organisation: ['Entreprise adaptée du Sud-Ouest (fictive)', 'entreprise'], summary: 'Des postes adaptés sur les chantiers de réhabilitation, avec une entreprise adaptée en co-traitance.' },
  { slug: 'clause-sociale-en-martinique-premiers-pas', status: 'changes_requested', region: '02', department: '972', communes: 'Fort-de-France', qpv: 'Volga-Plage', themes: ['innover'], title: 'Clause sociale en Martinique : premiers pas', organisation: ['Ville de Fort-de-France (fictive)', 'collectivite'], summary: 'Les premiers marchés avec clause d’une ville qui s’engage dans le renouvellement urbain.' },
  { slug: 'plateforme-de-mobilite-vers-les-chantiers', status: 'changes_requested', region: '28', department: '76', communes: 'Rouen', qpv: 'Les Hauts-de-Rouen', themes: ['habitants_qpv', 'autre'], title: 'Plateforme de mobilité vers les chantiers', organisation: ['Association Mobilité Solidaire (fictive)', 'association'], summary: 'Des solutions de transport pour que les habitants sans permis puissent rejoindre les chantiers.' },
  { slug: 'valoriser-les-heures-dans-les-bilans-annuels', status: 'declined', region: '24', department: '45', communes: 'Orléans', qpv: null, themes: ['suivi_heures'], title: 'Valoriser les heures dans les bilans annuels', organisation: ['Bureau d’études (fictif)', 'autre'], summary: 'Une proposition commerciale d’outil de suivi, refusée car elle ne décrit pas une pratique.' },
  { slug: 'achats-responsables-dans-la-maintenance-des-logements', status: 'unpublished', region: '27', department: '21', communes: 'Dijon', qpv: 'Les Grésilles', themes: ['achats_responsables'], title: 'Achats responsables dans la maintenance des logements', organisation: ['Office public de l’habitat (fictif)', 'bailleur_social'], summary: 'Des marchés de maintenance qui combinent clause d’insertion et critères environnementaux.' },
];
