'use server';

// Each action is bound by the page to an account id; a crafted request may send any id, so the use
// case checks the signed-in user's rights every time (assertCan 'accounts:manage').
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { actionError, type ActionResult } from '@/lib/action-result';
import { changeRegions, deactivateAccount, reactivateAccount, resendInvitation } from '@/lib/admin/accounts';
import { INVITATION_DAYS, inviteUser } from '@/lib/auth/accounts';
import { getCurrentUser } from '@/lib/auth/session';
import { appUrl } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/time';

export type AccountAnswer = ActionResult<{ message: string }> | null;

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** Invites a partner (with regions) or a national staff member; the e-mail carries a 7-day link. */
export async function inviteAccountAction(_previous: AccountAnswer, formData: FormData): Promise<AccountAnswer> {
  const input = {
    email: text(formData.get('email')),
    name: text(formData.get('name')),
    role: text(formData.get('role')) || undefined,
    regionIds: formData.getAll('regionIds').map(text),
  };
  try {
    const user = await getCurrentUser();
    await inviteUser(db, user, input, { appUrl: appUrl(), now: new Date() });
  } catch (error) {
    return actionError(error);
  }
  refresh();
  return {
    ok: true,
    data: { message: `Invitation envoyée à ${input.email.trim()}. Le lien qu’elle contient est valable ${INVITATION_DAYS} jours.` },
  };
}

/** One account's buttons and region form: the `intent` of the submitted button says what to do. */
export async function manageAccountAction(userId: string, _previous: AccountAnswer, formData: FormData): Promise<AccountAnswer> {
  const intent = formData.get('intent');
  const now = new Date();
  let message: string;
  let signOut = false;
  try {
    const user = await getCurrentUser();
    if (intent === 'regions') {
      const r = await changeRegions(db, user, userId, formData.getAll('regionIds').map(text), { now });
      message = r.changed ? `Les régions de ${r.email} sont enregistrées.` : 'Aucun changement à enregistrer.';
    } else if (intent === 'deactivate') {
      const r = await deactivateAccount(db, user, userId, { now });
      message = r.changed ? `Le compte ${r.email} est désactivé : ses sessions sont fermées.` : `Le compte ${r.email} était déjà désactivé.`;
      signOut = r.changed && r.userId === user?.id;
    } else if (intent === 'reactivate') {
      const r = await reactivateAccount(db, user, userId, { now });
      message = r.changed ? `Le compte ${r.email} est réactivé.` : `Le compte ${r.email} était déjà actif.`;
    } else if (intent === 'resend') {
      const r = await resendInvitation(db, user, userId, { appUrl: appUrl(), now });
      message = `Nouvelle invitation envoyée à ${r.email}, valable jusqu’au ${formatDateTime(r.expiresAt)}. Les liens envoyés avant ne fonctionnent plus.`;
    } else {
      throw new AppError('validation_failed', 'Action inconnue.');
    }
  } catch (error) {
    return actionError(error);
  }
  // A staff member who deactivated their own account has no session left.
  if (signOut) redirect('/connexion');
  refresh();
  return { ok: true, data: { message } };
}
