// The recueil's fixed words: its title, who publishes it, and the introduction shown while national
// staff have written none (tour_settings.recueil_introduction, /admin/pratiques/reglages).

export const RECUEIL_TITLE = 'Recueil des pratiques inspirantes de la clause sociale';
export const TOUR_NAME = 'Tour de France de la clause sociale';
export const RECUEIL_AUTHOR = 'Alliance Villes Emploi';
export const RECUEIL_SUBJECT =
  'Les pratiques inspirantes d’animation de la clause sociale dans les quartiers prioritaires, recueillies par l’enquête nationale du Tour de France de la clause sociale et publiées après modération.';

export const DEFAULT_INTRODUCTION = [
  'Ce recueil rassemble les pratiques inspirantes identifiées par l’enquête nationale « Les bonnes pratiques d’animation de la clause sociale dans les QPV ! », menée par Alliance Villes Emploi et ses partenaires régionaux dans le cadre du Tour de France de la clause sociale.',
  'Chaque fiche présente le territoire concerné, les acteurs mobilisés, ce qui a été fait, les résultats obtenus (heures d’insertion, personnes recrutées), les difficultés rencontrées et ce dont un autre territoire a besoin pour reproduire la démarche.',
  'Les pratiques sont classées par thème dans le sommaire, et par région dans l’index final. Elles ont été relues par l’équipe nationale avant publication ; les personnes qui les ont décrites ne sont pas nommées ici.',
].join('\n\n');

/** The staff's text, or the default one when it is empty. */
export function introductionText(staffText: string): string {
  return staffText.trim() ? staffText.trim() : DEFAULT_INTRODUCTION;
}
