// The contact form of a practice's page, shared by the form and the server action.
import { z } from 'zod';
import { line, registrationSchema, text } from '@/lib/registrations/schema';

export const CONTACT_MESSAGE_MIN = 20;
export const CONTACT_MESSAGE_MAX = 3000;

export const contactSchema = z.object(
  {
    name: line('Nom', 150).min(1, { error: 'Indiquez votre nom.' }),
    email: registrationSchema.shape.email,
    organisation: line('Organisation', 200).optional().default(''),
    message: text('Message', CONTACT_MESSAGE_MAX).min(CONTACT_MESSAGE_MIN, {
      error: `Votre message : ${CONTACT_MESSAGE_MIN} caractères au moins, pour que la structure sache ce que vous attendez.`,
    }),
  },
  { error: 'Le formulaire de contact est incomplet.' },
);

export type ContactInput = z.output<typeof contactSchema>;
