// The input of addAgendaItem and updateAgendaItem, shared by the agenda editor and the use cases.
import { z } from 'zod';
import { AGENDA_KIND_LABELS } from '@/lib/events/agenda';
import type { AgendaKind } from '@/db/schema';
import { checkTimesInOrder, requiredText, text, timeField } from './fields';

export const AGENDA_KINDS = Object.keys(AGENDA_KIND_LABELS) as [AgendaKind, ...AgendaKind[]];

export const agendaItemSchema = z
  .object({
    kind: z.enum(AGENDA_KINDS, { error: 'Choisissez la nature de ce temps.' }),
    title: requiredText('Titre', 200, 'Indiquez le titre de ce temps du programme.'),
    description: text('Description', 2000).optional().default(''),
    startTime: timeField('Indiquez l’heure de début (par exemple 10:00).'),
    endTime: timeField('Indiquez l’heure de fin (par exemple 10:30).'),
  })
  .superRefine((value, ctx) => checkTimesInOrder(value, ctx));

export type AgendaItemInput = z.output<typeof agendaItemSchema>;
export type AgendaItemFormValues = z.input<typeof agendaItemSchema>;

export const moveDirectionSchema = z.enum(['up', 'down'], { error: 'Sens de déplacement inconnu.' });
export type MoveDirection = z.output<typeof moveDirectionSchema>;
