// The words of pratiques inspirantes, shared by the survey, moderation, the collection and the recueil.
import type { PracticeStatus, PracticeTheme } from '@/db/schema';

export type { PracticeStatus, PracticeTheme };

/** The themes of the tour's ateliers, in the order the survey lists them. */
export const PRACTICE_THEMES: Record<PracticeTheme, string> = {
  innover: 'Innover avec la clause sociale',
  siae_handicap: 'Accès des SIAE et des structures du handicap à la commande publique',
  ess: "Accès des structures de l'ESS",
  achats_responsables: 'Achats socialement et écologiquement responsables',
  entreprises: 'Mobiliser les entreprises',
  habitants_qpv: 'Repérer et mobiliser les habitants des QPV',
  suivi_heures: 'Suivi et valorisation des heures',
  autre: 'Autre',
};

export const PRACTICE_THEME_KEYS = Object.keys(PRACTICE_THEMES) as PracticeTheme[];

export const PRACTICE_STATUS_LABELS: Record<PracticeStatus, string> = {
  draft: 'Brouillon',
  submitted: 'À modérer',
  changes_requested: 'Modifications demandées',
  published: 'Publiée',
  declined: 'Refusée',
  unpublished: 'Dépubliée',
};
