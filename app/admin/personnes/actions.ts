'use server';

import { db } from '@/db';
import { actionError, type ActionResult } from '@/lib/action-result';
import { getCurrentUser } from '@/lib/auth/session';
import { appUrl } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { invalidateEvent } from '@/lib/events/invalidate';
import { erasePerson, findPerson, type PersonRecord } from '@/lib/privacy/erase-person';
import { erasePersonSchema } from '@/lib/privacy/person-schema';
import { fieldErrors } from '@/lib/registrations/schema';

// Sent by POST, never in a URL: an address typed here must not end up in logs or in the history.
// The use cases check the signed-in user's role every time; a crafted request gets the refusal.

export type FindPersonAnswer = ActionResult<PersonRecord>;
export type ErasePersonAnswer = ActionResult<{ email: string; message: string }>;

export async function findPersonAction(_previous: FindPersonAnswer | null, form: FormData): Promise<FindPersonAnswer> {
  try {
    const user = await getCurrentUser();
    return { ok: true, data: await findPerson(db, user, form.get('email'), { now: new Date() }) };
  } catch (error) {
    return actionError(error);
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export async function erasePersonAction(_previous: ErasePersonAnswer | null, form: FormData): Promise<ErasePersonAnswer> {
  try {
    const user = await getCurrentUser();
    const parsed = erasePersonSchema.safeParse({ email: form.get('email'), confirm: form.get('confirm') === 'oui' ? true : undefined });
    if (!parsed.success) throw new AppError('validation_failed', 'Certaines informations sont à corriger.', fieldErrors(parsed.error));
    const result = await erasePerson(db, user, parsed.data.email, { now: new Date(), appUrl: appUrl() });
    for (const slug of result.changedEventSlugs) invalidateEvent(slug);
    const parts = [
      `La personne a été effacée de ${plural(result.registrations, 'inscription', 'inscriptions')} (${plural(result.events, 'rencontre', 'rencontres')}).`,
      result.cancelled > 0
        ? `${plural(result.cancelled, 'inscription à venir a été annulée', 'inscriptions à venir ont été annulées')}${result.promoted > 0 ? ` et ${plural(result.promoted, 'personne de la liste d’attente a été confirmée', 'personnes de la liste d’attente ont été confirmées')}` : ''}.`
        : '',
      'Les chiffres des rencontres passées sont inchangés ; le journal garde la trace de l’effacement, sans l’adresse ni le nom.',
    ];
    return { ok: true, data: { email: parsed.data.email, message: parts.filter(Boolean).join(' ') } };
  } catch (error) {
    return actionError(error);
  }
}
