'use server';

import { redirect } from 'next/navigation';
import { db } from '@/db';
import { actionError, type ActionResult } from '@/lib/action-result';
import { getCurrentUser } from '@/lib/auth/session';
import { createEvent } from '@/lib/events/manage/create-event';

/** Creates the draft (the use case checks the user may use that region), then opens its page. */
export async function createEventAction(values: unknown): Promise<ActionResult<{ message: string }>> {
  let id: string;
  try {
    const user = await getCurrentUser();
    ({ id } = await createEvent(db, user, values, { now: new Date() }));
  } catch (error) {
    return actionError(error);
  }
  // A draft is on no public page: nothing to invalidate.
  redirect(`/espace/rencontres/${id}?creee=1`);
}
