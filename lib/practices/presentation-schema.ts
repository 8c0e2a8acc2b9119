// The inputs of "pratique présentée" in the programme editor: the search of a published practice
// by its title, and the link of the chosen one to a plenary item or an atelier. Shared by the
// editor's forms and the use cases (lib/practices/presentations.ts).
import { z } from 'zod';
import { text } from '@/lib/events/manage/fields';

export const PRACTICE_SEARCH_MIN = 2;
export const PRACTICE_SEARCH_MAX = 100;

export const practiceSearchSchema = z.object({
  q: text('Recherche', PRACTICE_SEARCH_MAX).min(PRACTICE_SEARCH_MIN, {
    error: `Saisissez au moins ${PRACTICE_SEARCH_MIN} caractères du titre de la pratique.`,
  }),
});
export type PracticeSearchInput = z.output<typeof practiceSearchSchema>;
export type PracticeSearchValues = z.input<typeof practiceSearchSchema>;

/** For a plenary item, workshopId is empty; for an atelier, agendaItemId is its slot. */
export const practiceLinkSchema = z.object({
  practiceId: z.guid({ error: 'Choisissez une pratique parmi les résultats.' }),
  agendaItemId: z.guid({ error: 'Temps du programme introuvable.' }),
  workshopId: z
    .union([z.guid({ error: 'Atelier introuvable.' }), z.literal('')])
    .optional()
    .transform((v) => v || null),
});
export type PracticeLinkInput = z.output<typeof practiceLinkSchema>;

/** The choice among the search's results (the form's part of practiceLinkSchema). */
export const practiceChoiceSchema = practiceLinkSchema.pick({ practiceId: true });
export type PracticeChoiceValues = z.input<typeof practiceChoiceSchema>;

/** One result of the search, as the editor lists it. */
export type PracticeChoice = { id: string; title: string; regionName: string; summary: string };

/** The times of a programme where no practice is presented (an atelier is chosen in its slot). */
export const NOT_PRESENTING_KINDS: readonly string[] = ['meal', 'break', 'workshop_slot'];
