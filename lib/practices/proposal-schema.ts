// A practice proposed by a partner for their region: its wording, the respondent's details as the
// partner states them, and the respondent's consent to publication (checked by the server too).
import { z } from 'zod';
import { line, registrationSchema } from '@/lib/registrations/schema';
import { ORGANISATION_TYPE_VALUES } from '@/lib/registrations/organisation-types';
import { practiceWordingSchema } from './moderation-schema';

export const proposalSchema = practiceWordingSchema.extend({
  respondentName: line('Nom de la personne', 150).min(1, { error: 'Indiquez le nom de la personne qui porte la pratique.' }),
  respondentOrganisation: line('Organisation', 200).min(1, { error: 'Indiquez son organisation.' }),
  respondentOrganisationType: z.enum(ORGANISATION_TYPE_VALUES, { error: 'Choisissez le type de son organisation.' }),
  respondentRole: line('Fonction', 150).optional().default(''),
  respondentEmail: registrationSchema.shape.email,
  consentPublication: z.literal(true, { error: 'La personne doit avoir accepté la publication de sa pratique.' }),
  consentContact: z.boolean({ error: 'Indiquez si la personne accepte d’être contactée.' }).optional().default(false),
});

export type ProposalInput = z.output<typeof proposalSchema>;
export type ProposalValues = z.input<typeof proposalSchema>;
