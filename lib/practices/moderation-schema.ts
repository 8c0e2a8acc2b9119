// The inputs of moderation, shared by the forms (react-hook-form) and the use cases: the wording of
// an answer as moderation edits it, the messages of the transitions, a comment.
import { z } from 'zod';
import { line, text } from '@/lib/registrations/schema';
import { PRACTICE_THEME_KEYS } from './model';

const long = (label: string) => text(label, 5000).optional().default('');

/**
 * A figure typed in a text box: empty is "not given", else a whole number ≥ 0. The number itself is
 * accepted too: the form sends the schema's output, which the server parses again.
 */
const figure = (label: string) =>
  z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : v === null || v === undefined ? '' : v),
    z
      .string({ error: `${label} : nombre attendu.` })
      .trim()
      .regex(/^\d{0,9}$/, { error: `${label} : un nombre entier positif, sans espace, ou rien.` })
      .transform((v) => (v === '' ? null : Number(v))),
  );

/** The wording of an answer: what `practices:moderate` may change in the columns. */
export const practiceWordingSchema = z.object(
  {
    title: line('Titre', 200).min(1, { error: 'Indiquez le titre de la pratique.' }),
    summary: text('Résumé', 1000).optional().default(''),
    regionCode: z.string({ error: 'Choisissez la région.' }).trim().min(1, { error: 'Choisissez la région.' }).max(10),
    department: line('Département', 100).optional().default(''),
    communes: line('Commune(s)', 300).optional().default(''),
    qpv: z.enum(['', 'oui', 'non'], { error: 'Indiquez si un QPV est concerné.' }).optional().default(''),
    qpvNames: line('QPV concernés', 300).optional().default(''),
    themes: z
      .array(z.enum(PRACTICE_THEME_KEYS, { error: 'Thème inconnu : choisissez dans la liste.' }), { error: 'Choisissez au moins un thème.' })
      .min(1, { error: 'Choisissez au moins un thème.' }),
    otherTheme: line('Autre thème', 150).optional().default(''),
    actors: long('Acteurs'),
    context: long('Contexte'),
    actions: long('Actions menées'),
    results: long('Résultats'),
    insertionHours: figure('Heures d’insertion'),
    peopleHired: figure('Personnes embauchées'),
    difficulties: long('Difficultés'),
    reproduce: long('Pour reproduire'),
    period: line('Période', 100).optional().default(''),
    // One address a line in the form; a list once parsed (the form sends the output, parsed again).
    links: z
      .union([z.array(text('Liens', 500)).max(10, { error: 'Liens : 10 au plus.' }), text('Liens', 3000)], { error: 'Liens : texte attendu.' })
      .optional()
      .transform((v) => (Array.isArray(v) ? v : (v ?? '').split(/\r?\n/)).map((l) => l.trim()).filter(Boolean))
      .pipe(z.array(z.url({ protocol: /^https?$/, error: 'Liens : une adresse web complète (https://…) par ligne.' })).max(10, { error: 'Liens : 10 au plus.' })),
  },
  { error: 'Le formulaire de la pratique est incomplet.' },
);

export type PracticeWordingInput = z.output<typeof practiceWordingSchema>;
export type PracticeWordingValues = z.input<typeof practiceWordingSchema>;

/** A message of moderation (changes asked, reason of a decline or of an unpublication). */
const message = (missing: string) =>
  z.object({ message: text('Message', 3000).min(1, { error: missing }) }, { error: missing });

export const requestChangesSchema = message('Écrivez le message à envoyer à la personne qui a répondu.');
export const declineSchema = z.object(
  {
    message: text('Motif', 3000).min(1, { error: 'Indiquez le motif du refus : il est envoyé à la personne qui a répondu.' }),
    confirm: z.literal(true, { error: 'Cochez la case pour confirmer le refus.' }),
  },
  { error: 'Indiquez le motif du refus.' },
);
export const unpublishSchema = z.object(
  {
    message: text('Motif', 3000).min(1, { error: 'Indiquez pourquoi la pratique est retirée de la collection.' }),
    confirm: z.literal(true, { error: 'Cochez la case pour confirmer le retrait.' }),
  },
  { error: 'Indiquez pourquoi la pratique est retirée.' },
);
export const commentSchema = z.object(
  { body: text('Commentaire', 3000).min(1, { error: 'Écrivez votre commentaire.' }) },
  { error: 'Écrivez votre commentaire.' },
);

export type MessageInput = z.input<typeof requestChangesSchema>;
export type CommentInput = z.input<typeof commentSchema>;
