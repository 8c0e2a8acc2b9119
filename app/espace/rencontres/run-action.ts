// What every server action of the event editor does around its use case: who is asking, the
// clock and the site's address; after a committed change, fresh public pages (cache tags) and a
// refreshed editor (queued e-mails need nothing: their jobs committed with the change). The use case checks the permissions.
import 'server-only';
import { refresh } from 'next/cache';
import { actionError, type ActionResult } from '@/lib/action-result';
import { getCurrentUser } from '@/lib/auth/session';
import type { CurrentUser } from '@/lib/auth/permissions';
import { appUrl } from '@/lib/config';
import { invalidateEvent } from '@/lib/events/invalidate';

export type EditAnswer = ActionResult<{ message: string }>;
type Ctx = { now: Date; appUrl: string };

export async function runEdit<R extends { slug: string; changed: boolean }>(
  run: (user: CurrentUser | null, ctx: Ctx) => Promise<R>,
  message: (result: R) => string,
  options: { emails?: boolean } = {},
): Promise<EditAnswer> {
  try {
    const user = await getCurrentUser();
    const ctx = { now: new Date(), appUrl: appUrl() };
    const result = await run(user, ctx);
    if (result.changed) {
      invalidateEvent(result.slug);
      refresh();
    }
    return { ok: true, data: { message: result.changed ? message(result) : 'Aucun changement à enregistrer.' } };
  } catch (error) {
    return actionError(error);
  }
}

/** "2 personnes de la liste d’attente ont été confirmées et prévenues par e-mail." */
export function promotedSentence(promoted: number): string {
  if (promoted === 0) return '';
  return promoted === 1
    ? ' 1 personne de la liste d’attente a été confirmée et prévenue par e-mail.'
    : ` ${promoted} personnes de la liste d’attente ont été confirmées et prévenues par e-mail.`;
}
