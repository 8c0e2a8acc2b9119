// The input of updateEvent (the event's details form), shared by the form and the use case.
import { z } from 'zod';
import { formatDateTime, parisDate, parisTime } from '@/lib/time';
import {
  checkTimesInOrder,
  clockOf,
  countField,
  dateField,
  dateTimeLocalOf,
  emailField,
  optionalDateTimeField,
  parisDateTime,
  postcodeField,
  requiredText,
  text,
  timeField,
  timeZoneField,
} from './fields';

const coordinate = (label: string, limit: number) =>
  z
    .number({ error: `${label} : nombre attendu (par exemple 43.6119), ou laissez vide.` })
    .min(-limit, { error: `${label} : entre -${limit} et ${limit}.` })
    .max(limit, { error: `${label} : entre -${limit} et ${limit}.` })
    .nullable();

export const updateEventSchema = z
  .object({
    title: requiredText('Titre', 200, 'Indiquez le titre de la rencontre.'),
    date: dateField('Indiquez la date de la rencontre.'),
    startTime: timeField('Indiquez l’heure de début (par exemple 09:30).'),
    endTime: timeField('Indiquez l’heure de fin (par exemple 16:30).'),
    timeZone: timeZoneField(),
    venueName: text('Lieu', 200),
    venueAddress: text('Adresse', 300),
    venuePostcode: postcodeField(),
    venueCity: requiredText('Ville', 100, 'Indiquez la ville de la rencontre.'),
    venueLat: coordinate('Latitude', 90),
    venueLng: coordinate('Longitude', 180),
    description: text('Présentation', 5000),
    capacity: countField('Indiquez le nombre de places.', 1, 100_000, 'Indiquez un nombre de places entre 1 et 100 000.'),
    registrationOpensAt: optionalDateTimeField('Indiquez la date et l’heure d’ouverture des inscriptions, ou laissez vide.'),
    registrationClosesAt: optionalDateTimeField('Indiquez la date et l’heure de clôture des inscriptions, ou laissez vide.'),
    lunchProvided: z.boolean({ error: 'Indiquez si le déjeuner est prévu.' }),
    accessibilityInfo: text('Accessibilité', 2000),
    contactEmail: emailField('Indiquez l’adresse e-mail de contact de la rencontre.'),
  })
  .superRefine((value, ctx) => {
    checkTimesInOrder(value, ctx);
    const opens = parisDateTime(value.registrationOpensAt, value.timeZone);
    const closes = parisDateTime(value.registrationClosesAt, value.timeZone);
    if (opens && closes && closes <= opens) {
      ctx.addIssue({ code: 'custom', path: ['registrationClosesAt'], message: 'La clôture des inscriptions doit être après leur ouverture.' });
    }
    let starts: Date | null = null;
    try {
      starts = parisTime(value.date, value.startTime, value.timeZone);
    } catch {
      return; // the date or the time is already reported
    }
    const when = formatDateTime(starts, value.timeZone);
    if (closes && closes > starts) {
      ctx.addIssue({
        code: 'custom',
        path: ['registrationClosesAt'],
        message: `Les inscriptions doivent fermer au plus tard au début de la rencontre (${when}).`,
      });
    }
    if (opens && opens >= starts) {
      ctx.addIssue({ code: 'custom', path: ['registrationOpensAt'], message: `Les inscriptions doivent ouvrir avant le début de la rencontre (${when}).` });
    }
  });

export type UpdateEventInput = z.output<typeof updateEventSchema>;
export type UpdateEventFormValues = z.input<typeof updateEventSchema>;

type EventRowLike = {
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  venuePostcode: string;
  venueCity: string;
  venueLat: number | null;
  venueLng: number | null;
  description: string;
  capacity: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  lunchProvided: boolean;
  accessibilityInfo: string;
  contactEmail: string;
};

/** The form's values for a stored event (wall-clock readings in the event's zone). */
export function toEventFormValues(event: EventRowLike): UpdateEventFormValues {
  return {
    title: event.title,
    date: parisDate(event.startsAt, event.timeZone),
    startTime: clockOf(event.startsAt, event.timeZone),
    endTime: clockOf(event.endsAt, event.timeZone),
    timeZone: event.timeZone as UpdateEventFormValues['timeZone'],
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    venuePostcode: event.venuePostcode,
    venueCity: event.venueCity,
    venueLat: event.venueLat,
    venueLng: event.venueLng,
    description: event.description,
    capacity: event.capacity,
    registrationOpensAt: dateTimeLocalOf(event.registrationOpensAt, event.timeZone),
    registrationClosesAt: dateTimeLocalOf(event.registrationClosesAt, event.timeZone),
    lunchProvided: event.lunchProvided,
    accessibilityInfo: event.accessibilityInfo,
    contactEmail: event.contactEmail,
  };
}
