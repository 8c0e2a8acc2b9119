'use server';

import { AppError } from '@/lib/errors';
import { cancelRegistration, changeRegistration, type ManageState } from '@/lib/registrations/manage';
import { runAction } from '@/lib/server/action';

const CONFIRM_CANCEL = 'Cochez la case pour confirmer l’annulation.';

// Each action is authorised by the private token itself: it is checked again in the use case.
export async function changeAction(token: string, _previous: ManageState, formData: FormData): Promise<ManageState> {
  const workshops: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (name.startsWith('workshops.') && typeof value === 'string') workshops[name.slice('workshops.'.length)] = value;
  }
  const lunchValue = formData.get('lunch');
  const input = { workshops, lunch: lunchValue === 'true' ? true : lunchValue === 'false' ? false : undefined };
  return runAction((ctx) => changeRegistration(token, input, ctx), {
    answer: (result) => ({
      message: result.changed ? 'Vos modifications sont enregistrées. Un e-mail de confirmation vous a été envoyé.' : 'Aucun changement à enregistrer.',
    }),
  });
}

export async function cancelAction(token: string, _previous: ManageState, formData: FormData): Promise<ManageState> {
  return runAction(
    async (ctx) => {
      if (formData.get('confirm') !== 'oui') throw new AppError('validation_failed', CONFIRM_CANCEL, { confirm: CONFIRM_CANCEL });
      return cancelRegistration(token, ctx);
    },
    { answer: () => ({ message: 'Votre inscription est annulée. Un e-mail de confirmation vous a été envoyé.' }) },
  );
}
