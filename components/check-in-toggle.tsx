'use client';

import { useActionState } from 'react';
import type { CheckInState } from '@/lib/checkin/check-in';

type Action = (previous: CheckInState, formData: FormData) => Promise<CheckInState>;

/**
 * "Marquer présent" or "Annuler la présence" for one person. The button stays the same element
 * when its label flips, so the keyboard focus stays on it; the outcome is read out by the
 * status line beside it. Never disabled while sending: a disabled button would drop the focus.
 */
export function CheckInToggle({ action, registrationId, present, name }: { action: Action; registrationId: string; present: boolean; name: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-busy={pending || undefined} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="present" value={present ? 'non' : 'oui'} />
      <button
        type="submit"
        className={
          present
            ? 'rounded border-2 border-corail-700 bg-white px-4 py-2 font-semibold text-corail-700 hover:bg-corail-50'
            : 'rounded bg-marine-700 px-4 py-2 font-semibold text-white hover:bg-marine-900'
        }
      >
        {present ? 'Annuler la présence' : 'Marquer présent'}
        <span className="sr-only"> : {name}</span>
      </button>
      <p role="status" className={state && !state.ok ? 'font-semibold text-corail-700' : 'text-slate-800'}>
        {pending ? 'Enregistrement…' : state ? (state.ok ? state.data.message : state.error.message) : null}
      </p>
    </form>
  );
}
