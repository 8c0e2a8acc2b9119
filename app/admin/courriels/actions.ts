'use server';

// Bound by the page to a message id; a crafted request may send any id, so the use case checks the
// signed-in user's rights every time (assertCan 'emails:manage').
import { db } from '@/db';
import { actionError, type ActionResult } from '@/lib/action-result';
import { retryFailedEmail } from '@/lib/admin/emails';
import { getCurrentUser } from '@/lib/auth/session';

export type RetryAnswer = ActionResult<{ message: string }> | null;

export async function retryEmailAction(emailId: string, _previous: RetryAnswer, _form: FormData): Promise<RetryAnswer> {
  try {
    const result = await retryFailedEmail(db, await getCurrentUser(), emailId, { now: new Date() });
    // No refresh: in a list filtered on failures the row would vanish with its answer; the row
    // shows the message back in the queue by itself.
    return { ok: true, data: { message: `L’e-mail à ${result.to} est de nouveau en attente d’envoi.` } };
  } catch (error) {
    return actionError(error);
  }
}
