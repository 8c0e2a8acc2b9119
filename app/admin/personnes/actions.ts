'use server';

import type { ActionResult } from '@/lib/action-result';
import { AppError } from '@/lib/errors';
import { erasePerson, findPerson, type PersonRecord } from '@/lib/privacy/erase-person';
import { erasePersonSchema } from '@/lib/privacy/person-schema';
import { fieldErrors } from '@/lib/registrations/schema';
import { runAction } from '@/lib/server/action';

// Sent by POST, never in a URL: an address typed here must not end up in logs or in the history.
// The use cases check the signed-in user's role every time; a crafted request gets the refusal.

export type FindPersonAnswer = ActionResult<PersonRecord>;
export type ErasePersonAnswer = ActionResult<{ email: string; message: string }>;

export async function findPersonAction(_previous: FindPersonAnswer | null, form: FormData): Promise<FindPersonAnswer> {
  return runAction((ctx) => findPerson(ctx.user, form.get('email'), ctx));
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export async function erasePersonAction(_previous: ErasePersonAnswer | null, form: FormData): Promise<ErasePersonAnswer> {
  return runAction(
    async (ctx) => {
      const parsed = erasePersonSchema.safeParse({ email: form.get('email'), confirm: form.get('confirm') === 'oui' ? true : undefined });
      if (!parsed.success) throw new AppError('validation_failed', 'Certaines informations sont à corriger.', fieldErrors(parsed.error));
      return { email: parsed.data.email, ...(await erasePerson(ctx.user, parsed.data.email, ctx)) };
    },
    {
      answer: (result) => {
        const parts = [
          `La personne a été effacée de ${plural(result.registrations, 'inscription', 'inscriptions')} (${plural(result.events, 'rencontre', 'rencontres')}).`,
          result.cancelled > 0
            ? `${plural(result.cancelled, 'inscription à venir a été annulée', 'inscriptions à venir ont été annulées')}${result.promoted > 0 ? ` et ${plural(result.promoted, 'personne de la liste d’attente a été confirmée', 'personnes de la liste d’attente ont été confirmées')}` : ''}.`
            : '',
          'Les chiffres des rencontres passées sont inchangés ; le journal garde la trace de l’effacement, sans l’adresse ni le nom.',
        ];
        return { email: result.email, message: parts.filter(Boolean).join(' ') };
      },
    },
  );
}
