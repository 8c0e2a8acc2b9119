'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { actionError, type ActionResult } from '@/lib/action-result';
import { requestPasswordReset, setPasswordWithToken } from '@/lib/auth/accounts';
import { appUrl } from '@/lib/config';
import { clientIp } from '@/lib/request';

export type PasswordState = ActionResult<{ message: string }> | null;

async function setPassword(token: string, kind: 'invitation' | 'password_reset', formData: FormData): Promise<PasswordState> {
  try {
    await setPasswordWithToken(db, token, kind, { password: formData.get('password'), confirmation: formData.get('confirmation') }, new Date());
  } catch (error) {
    // The typed passwords are never sent back.
    return actionError(error);
  }
  redirect(`/connexion?motDePasse=${kind === 'invitation' ? 'cree' : 'change'}`);
}

export async function acceptInvitationAction(token: string, _previous: PasswordState, formData: FormData) {
  return setPassword(token, 'invitation', formData);
}

export async function resetPasswordAction(token: string, _previous: PasswordState, formData: FormData) {
  return setPassword(token, 'password_reset', formData);
}

export async function requestResetAction(_previous: PasswordState, formData: FormData): Promise<PasswordState> {
  const h = await headers();
  try {
    const result = await requestPasswordReset(db, String(formData.get('email') ?? ''), { appUrl: appUrl(), now: new Date(), ip: clientIp(h) });
    return { ok: true, data: result };
  } catch (error) {
    return actionError(error);
  }
}
