// The input of the tour's settings page (/admin/pratiques/reglages), shared by its form and
// updateTourSettingsAsStaff: the survey's window as <input type="datetime-local"> gives it (Paris
// wall-clock readings, '' for none) and the recueil's introduction.
import { z } from 'zod';
import { dateTimeLocalOf, optionalDateTimeField, parisDateTime, text } from '@/lib/events/manage/fields';

export const RECUEIL_INTRODUCTION_MAX = 8000;

export const tourSettingsSchema = z
  .object({
    surveyOpensAt: optionalDateTimeField('Indiquez la date et l’heure d’ouverture de l’enquête (par exemple 01/03/2026 09:00), ou laissez vide.'),
    surveyClosesAt: optionalDateTimeField('Indiquez la date et l’heure de clôture de l’enquête (par exemple 30/06/2026 18:00), ou laissez vide.'),
    recueilIntroduction: text('Introduction du recueil', RECUEIL_INTRODUCTION_MAX),
  })
  .superRefine((value, ctx) => {
    const opens = parisDateTime(value.surveyOpensAt);
    const closes = parisDateTime(value.surveyClosesAt);
    if (opens && closes && closes <= opens) {
      ctx.addIssue({ code: 'custom', path: ['surveyClosesAt'], message: 'La clôture de l’enquête doit être après son ouverture.' });
    }
  });

export type TourSettingsFormValues = z.input<typeof tourSettingsSchema>;
export type TourSettingsInput = z.output<typeof tourSettingsSchema>;

/** The form's values for the stored settings (Paris wall-clock readings). */
export function toTourSettingsFormValues(settings: { survey: { opensAt: Date | null; closesAt: Date | null }; recueilIntroduction: string }): TourSettingsFormValues {
  return {
    surveyOpensAt: dateTimeLocalOf(settings.survey.opensAt),
    surveyClosesAt: dateTimeLocalOf(settings.survey.closesAt),
    recueilIntroduction: settings.recueilIntroduction,
  };
}

/** The instants to store: '' is no date. */
export function toTourSettingsChange(input: TourSettingsInput) {
  return {
    surveyOpensAt: parisDateTime(input.surveyOpensAt),
    surveyClosesAt: parisDateTime(input.surveyClosesAt),
    recueilIntroduction: input.recueilIntroduction,
  };
}
