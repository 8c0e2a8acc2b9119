'use server';

import { db } from '@/db';
import { actionError, type ActionResult } from '@/lib/action-result';
import { appUrl } from '@/lib/config';
import { afterRegistrationChange } from '@/lib/registrations/effects';
import { cancelRegistration, changeRegistration } from '@/lib/registrations/manage';

export type ManageState = ActionResult<{ message: string }> | null;

// Each action is authorised by the private token itself: it is checked again in the use case.
export async function changeAction(token: string, _previous: ManageState, formData: FormData): Promise<ManageState> {
  const workshops: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (name.startsWith('workshops.') && typeof value === 'string') workshops[name.slice('workshops.'.length)] = value;
  }
  const lunchValue = formData.get('lunch');
  const input = { workshops, lunch: lunchValue === 'true' ? true : lunchValue === 'false' ? false : undefined };
  try {
    const result = await changeRegistration(db, token, input, { now: new Date(), appUrl: appUrl() });
    if (!result.changed) return { ok: true, data: { message: 'Aucun changement à enregistrer.' } };
    afterRegistrationChange(result.eventSlug);
    return { ok: true, data: { message: 'Vos modifications sont enregistrées. Un e-mail de confirmation vous a été envoyé.' } };
  } catch (error) {
    return actionError(error);
  }
}

export async function cancelAction(token: string, _previous: ManageState, formData: FormData): Promise<ManageState> {
  if (formData.get('confirm') !== 'oui') {
    return {
      ok: false,
      error: { code: 'validation_failed', message: 'Cochez la case pour confirmer l’annulation.', fields: { confirm: 'Cochez la case pour confirmer l’annulation.' } },
    };
  }
  try {
    const result = await cancelRegistration(db, token, { now: new Date(), appUrl: appUrl() });
    afterRegistrationChange(result.eventSlug);
    return { ok: true, data: { message: 'Votre inscription est annulée. Un e-mail de confirmation vous a été envoyé.' } };
  } catch (error) {
    return actionError(error);
  }
}
