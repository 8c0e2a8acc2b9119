// The input of createEvent, shared by the creation form and the use case.
import { z } from 'zod';
import { checkTimesInOrder, countField, dateField, emailField, postcodeField, requiredText, text, timeField } from './fields';

export const createEventSchema = z
  .object({
    regionId: z
      .number({ error: 'Choisissez la région de la rencontre.' })
      .int({ error: 'Choisissez la région de la rencontre.' })
      .positive({ error: 'Choisissez la région de la rencontre.' }),
    title: requiredText('Titre', 200, 'Indiquez le titre de la rencontre.'),
    date: dateField('Indiquez la date de la rencontre.'),
    startTime: timeField('Indiquez l’heure de début (par exemple 09:30).'),
    endTime: timeField('Indiquez l’heure de fin (par exemple 16:30).'),
    venueName: text('Lieu', 200).optional().default(''),
    venueAddress: text('Adresse', 300).optional().default(''),
    venuePostcode: postcodeField().optional().default(''),
    venueCity: requiredText('Ville', 100, 'Indiquez la ville de la rencontre.'),
    capacity: countField('Indiquez le nombre de places.', 1, 100_000, 'Indiquez un nombre de places entre 1 et 100 000.'),
    contactEmail: emailField('Indiquez l’adresse e-mail de contact de la rencontre.'),
  })
  .superRefine((value, ctx) => checkTimesInOrder(value, ctx));

export type CreateEventInput = z.output<typeof createEventSchema>;
export type CreateEventFormValues = z.input<typeof createEventSchema>;
