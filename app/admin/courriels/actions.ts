'use server';

// Bound by the page to a message id; a crafted request may send any id, so the use case checks the
// signed-in user's rights every time (assertCan 'emails:manage').
import type { ActionResult, MessageAnswer } from '@/lib/action-result';
import { retryFailedEmail } from '@/lib/admin/emails';
import { runAction } from '@/lib/server/action';

// No refresh: in a list filtered on failures the row would vanish with its answer; the row shows
// the message back in the queue by itself.
export async function retryEmailAction(emailId: string, _previous: MessageAnswer, _form: FormData): Promise<ActionResult<{ message: string }>> {
  return runAction((ctx) => retryFailedEmail(ctx.user, emailId, ctx), {
    answer: (result) => ({ message: `L’e-mail à ${result.to} est de nouveau en attente d’envoi.` }),
  });
}
