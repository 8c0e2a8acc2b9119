// The input of addSpeaker and updateSpeaker, shared by the agenda editor and the use cases.
import { z } from 'zod';
import { requiredText, text } from './fields';

export const speakerSchema = z.object({
  name: requiredText('Nom', 150, 'Indiquez le nom de l’intervenant·e.'),
  role: text('Fonction', 200).optional().default(''),
  organisation: text('Organisation', 200).optional().default(''),
});

export type SpeakerInput = z.output<typeof speakerSchema>;
export type SpeakerFormValues = z.input<typeof speakerSchema>;

export const speakerLinkSchema = z.object({
  agendaItemId: z.guid({ error: 'Choisissez un temps du programme.' }),
  speakerId: z.guid({ error: 'Choisissez un·e intervenant·e.' }),
});
export type SpeakerLinkInput = z.output<typeof speakerLinkSchema>;
