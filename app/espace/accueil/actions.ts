'use server';

import { refresh } from 'next/cache';
import { db } from '@/db';
import { actionError, type ActionResult } from '@/lib/action-result';
import { getCurrentUser } from '@/lib/auth/session';
import { setCheckedIn } from '@/lib/checkin/check-in';
import { formatTime } from '@/lib/time';

export type CheckInState = ActionResult<{ message: string }> | null;

/**
 * Marks a person present (present=oui) or undoes it (present=non). The user and their right on
 * the registration's event are checked again here, whatever page sent the form.
 */
export async function checkInAction(_previous: CheckInState, formData: FormData): Promise<CheckInState> {
  const registrationId = String(formData.get('registrationId') ?? '');
  const present = formData.get('present') === 'oui';
  try {
    const user = await getCurrentUser();
    const result = await setCheckedIn(db, user, registrationId, present, new Date());
    // The page is drawn again with the new counts and the new state of the button.
    refresh();
    const message = present
      ? result.changed
        ? `${result.name} : présence enregistrée à ${formatTime(result.checkedInAt!)}.`
        : `${result.name} était déjà marqué·e présent·e (depuis ${formatTime(result.checkedInAt!)}).`
      : result.changed
        ? `${result.name} : présence annulée.`
        : `${result.name} n’était pas marqué·e présent·e.`;
    return { ok: true, data: { message } };
  } catch (error) {
    return actionError(error);
  }
}
