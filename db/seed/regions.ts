// The 13 metropolitan regions and the 5 overseas ones, by INSEE code.
export const REGIONS = [
  { code: '84', name: 'Auvergne-Rhône-Alpes', capital: 'Lyon', overseas: false },
  { code: '27', name: 'Bourgogne-Franche-Comté', capital: 'Dijon', overseas: false },
  { code: '53', name: 'Bretagne', capital: 'Rennes', overseas: false },
  { code: '24', name: 'Centre-Val de Loire', capital: 'Orléans', overseas: false },
  { code: '94', name: 'Corse', capital: 'Ajaccio', overseas: false },
  { code: '44', name: 'Grand Est', capital: 'Strasbourg', overseas: false },
  { code: '32', name: 'Hauts-de-France', capital: 'Lille', overseas: false },
  { code: '11', name: 'Île-de-France', capital: 'Paris', overseas: false },
  { code: '28', name: 'Normandie', capital: 'Rouen', overseas: false },
  { code: '75', name: 'Nouvelle-Aquitaine', capital: 'Bordeaux', overseas: false },
  { code: '76', name: 'Occitanie', capital: 'Toulouse', overseas: false },
  { code: '52', name: 'Pays de la Loire', capital: 'Nantes', overseas: false },
  { code: '93', name: "Provence-Alpes-Côte d'Azur", capital: 'Marseille', overseas: false },
  { code: '01', name: 'Guadeloupe', capital: 'Basse-Terre', overseas: true },
  { code: '02', name: 'Martinique', capital: 'Fort-de-France', overseas: true },
  { code: '03', name: 'Guyane', capital: 'Cayenne', overseas: true },
  { code: '04', name: 'La Réunion', capital: 'Saint-Denis', overseas: true },
  { code: '06', name: 'Mayotte', capital: 'Mamoudzou', overseas: true },
] as const;

export type RegionCode = (typeof REGIONS)[number]['code'];
