'use server';

import type { ActionResult } from '@/lib/action-result';
import { resendManageLink } from '@/lib/registrations/manage';
import { registerAttendee } from '@/lib/registrations/register';
import { runAction } from '@/lib/server/action';

export async function submitRegistration(
  slug: string,
  values: unknown,
): Promise<ActionResult<{ status: 'confirmed' | 'waitlisted'; replayed: true }>> {
  return runAction((ctx) => registerAttendee(values, { ...ctx, slug }), {
    // A replayed request (the link went out by e-mail) stays on the form and says so.
    redirectTo: (result) => (result.token ? `/inscription/${result.token}?confirmation=1` : null),
    answer: (result) => ({ status: result.status, replayed: true as const }),
  });
}

export async function requestManageLink(slug: string, email: string): Promise<ActionResult<{ message: string }>> {
  return runAction((ctx) => resendManageLink(slug, String(email ?? ''), ctx));
}
