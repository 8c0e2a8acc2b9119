'use server';

import { setCheckedIn, type CheckInState, type SetCheckedInResult } from '@/lib/checkin/check-in';
import { runAction } from '@/lib/server/action';
import { formatTime } from '@/lib/time';

/**
 * Marks a person present (present=oui) or undoes it (present=non). The user and their right on
 * the registration's event are checked again by the use case, whatever page sent the form.
 */
export async function checkInAction(_previous: CheckInState, formData: FormData): Promise<CheckInState> {
  const registrationId = String(formData.get('registrationId') ?? '');
  const present = formData.get('present') === 'oui';
  return runAction((ctx) => setCheckedIn(registrationId, present, ctx), {
    answer: (result) => ({ message: message(result, present) }),
    // The page is drawn again with the new counts and the state of the button, changed or not
    // (another desk may have changed it).
    refresh: 'always',
  });
}

function message(result: SetCheckedInResult, present: boolean): string {
  if (present) {
    return result.changed
      ? `${result.name} : présence enregistrée à ${formatTime(result.checkedInAt!)}.`
      : `${result.name} était déjà marqué·e présent·e (depuis ${formatTime(result.checkedInAt!)}).`;
  }
  return result.changed ? `${result.name} : présence annulée.` : `${result.name} n’était pas marqué·e présent·e.`;
}
