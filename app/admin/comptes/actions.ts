'use server';

// Each action is bound by the page to an account id; a crafted request may send any id, so the use
// case checks the signed-in user's rights every time (assertCan 'accounts:manage').
import type { ActionResult, MessageAnswer as AccountAnswer } from '@/lib/action-result';
import { INVITATION_DAYS, inviteUser, resendInvitation } from '@/lib/accounts/invitations';
import { changeRegions, deactivateAccount, reactivateAccount } from '@/lib/accounts/manage';
import { AppError } from '@/lib/errors';
import { runAction } from '@/lib/server/action';
import type { RequestContext } from '@/lib/server/context';
import { formatDateTime } from '@/lib/time';

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** Invites a partner (with regions) or a national staff member; the e-mail carries a 7-day link. */
export async function inviteAccountAction(_previous: AccountAnswer, formData: FormData): Promise<ActionResult<{ message: string }>> {
  const input = {
    email: text(formData.get('email')),
    name: text(formData.get('name')),
    role: text(formData.get('role')) || undefined,
    regionIds: formData.getAll('regionIds').map(text),
  };
  return runAction(
    async (ctx) => {
      await inviteUser(ctx.user, input, ctx);
      return { message: `Invitation envoyée à ${input.email.trim()}. Le lien qu’elle contient est valable ${INVITATION_DAYS} jours.` };
    },
    // The list below shows the new account.
    { refresh: 'always' },
  );
}

type Managed = { message: string; signOut: boolean };

async function manage(intent: FormDataEntryValue | null, userId: string, formData: FormData, ctx: RequestContext): Promise<Managed> {
  const { user } = ctx;
  if (intent === 'regions') {
    const r = await changeRegions(user, userId, formData.getAll('regionIds').map(text), ctx);
    return { message: r.changed ? `Les régions de ${r.email} sont enregistrées.` : 'Aucun changement à enregistrer.', signOut: false };
  }
  if (intent === 'deactivate') {
    const r = await deactivateAccount(user, userId, ctx);
    return {
      message: r.changed ? `Le compte ${r.email} est désactivé : ses sessions sont fermées.` : `Le compte ${r.email} était déjà désactivé.`,
      signOut: r.changed && r.userId === user?.id,
    };
  }
  if (intent === 'reactivate') {
    const r = await reactivateAccount(user, userId, ctx);
    return { message: r.changed ? `Le compte ${r.email} est réactivé.` : `Le compte ${r.email} était déjà actif.`, signOut: false };
  }
  if (intent === 'resend') {
    const r = await resendInvitation(user, userId, ctx);
    return {
      message: `Nouvelle invitation envoyée à ${r.email}, valable jusqu’au ${formatDateTime(r.expiresAt)}. Les liens envoyés avant ne fonctionnent plus.`,
      signOut: false,
    };
  }
  throw new AppError('validation_failed', 'Action inconnue.');
}

/** One account's buttons and region form: the `intent` of the submitted button says what to do. */
export async function manageAccountAction(userId: string, _previous: AccountAnswer, formData: FormData): Promise<ActionResult<{ message: string }>> {
  return runAction(
    (ctx) => manage(formData.get('intent'), userId, formData, ctx),
    {
      // The row shows the account's new state.
      refresh: 'always',
      // A staff member who deactivated their own account has no session left.
      redirectTo: (result) => (result.signOut ? '/connexion' : null),
      answer: (result) => ({ message: result.message }),
    },
  );
}
