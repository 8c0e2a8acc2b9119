'use client';

import { useActionState } from 'react';
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
        <div className="flex items-start gap-3">
          <input
            id="confirm-cancel-event"
            type="checkbox"
            name="confirm"
            value="oui"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'confirm-cancel-event-erreur' : undefined}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="confirm-cancel-event" className="text-slate-900">
            Je confirme l’annulation définitive de cette rencontre.{' '}
            {registrants > 0
              ? `Les ${registrants} personne${registrants > 1 ? 's' : ''} inscrite${registrants > 1 ? 's' : ''} (ou en liste d’attente) recevront un e-mail.`
              : 'Personne n’est inscrit pour l’instant.'}
          </label>
        </div>
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
