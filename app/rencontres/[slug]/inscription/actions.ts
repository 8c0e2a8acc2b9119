'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/db';
import { actionError, type ActionResult } from '@/lib/action-result';
import { appUrl } from '@/lib/config';
import { afterRegistrationChange } from '@/lib/registrations/effects';
import { resendManageLink } from '@/lib/registrations/manage';
import { registerAttendee } from '@/lib/registrations/register';
import { clientIp } from '@/lib/request';

export async function submitRegistration(
  slug: string,
  values: unknown,
): Promise<ActionResult<{ status: 'confirmed' | 'waitlisted'; replayed: true }>> {
  const h = await headers();
  let token: string | null;
  try {
    const result = await registerAttendee(db, values, { slug, now: new Date(), appUrl: appUrl(), ip: clientIp(h) });
    if (!result.token) return { ok: true, data: { status: result.status, replayed: true } };
    afterRegistrationChange(result.eventSlug);
    token = result.token;
  } catch (error) {
    return actionError(error);
  }
  redirect(`/inscription/${token}?confirmation=1`);
}

export async function requestManageLink(slug: string, email: string): Promise<ActionResult<{ message: string }>> {
  const h = await headers();
  try {
    const result = await resendManageLink(db, slug, String(email ?? ''), { now: new Date(), appUrl: appUrl(), ip: clientIp(h) });
    afterRegistrationChange(slug);
    return { ok: true, data: result };
  } catch (error) {
    return actionError(error);
  }
}
