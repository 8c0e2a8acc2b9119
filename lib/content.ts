// The tour's own words, from its 2022 programme (shared/seed/000_d40cb413a6a182fd.txt).
export const TAGLINE = "Développer les opportunités d'emploi et l'achat responsable dans les projets urbains";

export const WHY =
  "Depuis les années 90, la clause sociale a connu un développement important. En effet, en 2020 près de 20 millions d'heures d'insertion ont pu être réalisées. Cette réussite quantitative nous engage à aller plus loin pour développer qualitativement la clause sociale notamment en diversifiant les marchés concernés et les publics touchés.";

export const FIGURES_2020 = [
  { value: '56 %', label: 'de marchés de travaux (en ETP)' },
  { value: '8 %', label: 'de marchés réservés (en ETP)' },
  { value: '82 %', label: 'de publics masculins' },
  { value: '23 %', label: "d'habitants des QPV" },
];

export const AIMS = [
  "Favoriser la rencontre et la connaissance mutuelle entre les acteurs de l'emploi, de l'habitat, de la politique de la ville et du renouvellement urbain ;",
  "Permettre l'appropriation de la clause sociale et des enjeux de l'insertion par l'ensemble des parties prenantes.",
];

export const AMBITION =
  'Faire en sorte que la dimension « insertion » soit davantage intégrée aux projets de rénovation urbaine (PRU) et autres grands projets menés dans les quartiers prioritaires de la politique de la ville (QPV).';

export const ACTIONS =
  "Ce projet se traduit par l'organisation de rencontres régionales entre 2021 et 2023, dans lesquelles les différentes parties prenantes pourront échanger sur leurs besoins et les bonnes pratiques à mettre en place.";
