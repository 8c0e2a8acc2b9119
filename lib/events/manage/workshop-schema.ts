// The input of addWorkshop and updateWorkshop, shared by the agenda editor and the use cases.
import { z } from 'zod';
import { countField, requiredText, text } from './fields';

export const workshopSchema = z.object({
  code: z
    .string({ error: 'Indiquez la lettre de l’atelier (A à Z).' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]$/, { error: 'Indiquez une seule lettre de A à Z.' }),
  title: requiredText('Titre', 200, 'Indiquez le titre de l’atelier.'),
  description: text('Description', 2000).optional().default(''),
  room: text('Salle', 100).optional().default(''),
  capacity: countField('Indiquez le nombre de places de l’atelier.', 1, 10_000, 'Indiquez un nombre de places entre 1 et 10 000.'),
});

export type WorkshopInput = z.output<typeof workshopSchema>;
export type WorkshopFormValues = z.input<typeof workshopSchema>;
