// The French answers of the editor's changes: their type, shared by the actions and the forms,
// and those that depend on what the change did.
import type { ActionResult } from '@/lib/action-result';

/** What an editor's action answers its form or button: a French message, or a refusal. */
export type EditAnswer = ActionResult<{ message: string }>;

/** " 2 personnes de la liste d’attente ont été confirmées et prévenues par e-mail." ('' for none). */
export function promotedSentence(promoted: number): string {
  if (promoted === 0) return '';
  return promoted === 1
    ? ' 1 personne de la liste d’attente a été confirmée et prévenue par e-mail.'
    : ` ${promoted} personnes de la liste d’attente ont été confirmées et prévenues par e-mail.`;
}

/** "La rencontre est annulée. 3 e-mails d’annulation envoyés." */
export function cancelledMessage(notified: number): string {
  return `La rencontre est annulée. ${notified} e-mail${notified > 1 ? 's' : ''} d’annulation envoyé${notified > 1 ? 's' : ''}.`;
}
