'use client';

import { useActionState } from 'react';
import { ConfirmCheckbox } from '../confirm-checkbox';
import { FieldError } from '../form-field';
import type { ButtonAction } from './action-button';
import { dangerButton } from './form-status';

/** Cancelling is for good and e-mails every registrant: it asks for an explicit confirmation. */
export function CancelEventForm({ action, registrants }: { action: ButtonAction; registrants: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? (state.error.fields?.confirm ?? state.error.message) : undefined;
  return (
    <form action={formAction} className="space-y-3">
      <div>
        <ConfirmCheckbox id="confirm-cancel-event" error={error} labelClassName="text-slate-900">
          Je confirme l’annulation définitive de cette rencontre.{' '}
          {registrants > 0
            ? `Les ${registrants} personne${registrants > 1 ? 's' : ''} inscrite${registrants > 1 ? 's' : ''} (ou en liste d’attente) recevront un e-mail.`
            : 'Personne n’est inscrit pour l’instant.'}
        </ConfirmCheckbox>
        <div role="status">
          <FieldError id="confirm-cancel-event-erreur" message={error} />
        </div>
      </div>
      <button type="submit" disabled={pending} className={dangerButton}>
        {pending ? 'Annulation…' : 'Annuler la rencontre'}
      </button>
    </form>
  );
}
