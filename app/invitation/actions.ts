'use server';

import type { MessageAnswer } from '@/lib/action-result';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { setPasswordWithToken, type AccountLinkKind } from '@/lib/accounts/set-password';
import type { RequestContext } from '@/lib/server/context';
import { runAction } from '@/lib/server/action';

// The typed passwords are never sent back: a refusal answers its message only.
const setPassword = (token: string, kind: AccountLinkKind, formData: FormData) => (ctx: RequestContext) =>
  setPasswordWithToken(token, kind, { password: formData.get('password'), confirmation: formData.get('confirmation') }, ctx.now);

const signInAfter = (kind: AccountLinkKind) => ({
  redirectTo: () => `/connexion?motDePasse=${kind === 'invitation' ? 'cree' : 'change'}`,
  answer: () => ({ message: '' }),
});

export async function acceptInvitationAction(token: string, _previous: MessageAnswer, formData: FormData) {
  return runAction(setPassword(token, 'invitation', formData), signInAfter('invitation'));
}

export async function resetPasswordAction(token: string, _previous: MessageAnswer, formData: FormData) {
  return runAction(setPassword(token, 'password_reset', formData), signInAfter('password_reset'));
}

export async function requestResetAction(_previous: MessageAnswer, formData: FormData) {
  return runAction((ctx) => requestPasswordReset(String(formData.get('email') ?? ''), ctx));
}
