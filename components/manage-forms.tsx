'use client';

import { useActionState, useEffect, useRef } from 'react';
import { ConfirmCheckbox } from './confirm-checkbox';
import type { ManageState } from '@/lib/registrations/manage';
import { FieldError } from './form-field';
import { WorkshopChoiceFieldset, type SlotOption } from './workshop-choice';

/** What the actions of the private page answer (app/inscription/[token]/actions.ts). */
type Action = (previous: ManageState, formData: FormData) => Promise<ManageState>;

function Result({ state, id }: { state: ManageState; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  return (
    <div ref={ref} id={id} tabIndex={-1} aria-live="polite" className="focus:outline-none">
      {state ? (
        <p className={`rounded border p-3 ${state.ok ? 'border-marine-200 bg-marine-50 text-marine-900' : 'border-corail-600 bg-corail-50 font-semibold text-corail-700'}`}>
          {state.ok ? state.data.message : state.error.message}
        </p>
      ) : null}
    </div>
  );
}

export function ChangeForm({
  action,
  slots,
  choices,
  lunchProvided,
  lunch,
}: {
  action: Action;
  slots: SlotOption[];
  choices: Record<string, string>;
  lunchProvided: boolean;
  lunch: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fieldError = (slotId: string) => (state && !state.ok ? state.error.fields?.[`workshops.${slotId}`] : undefined);
  return (
    <form action={formAction} className="space-y-6">
      <Result state={state} id="resultat-modification" />
      {slots.map((slot) => (
        <WorkshopChoiceFieldset
          key={slot.id}
          slot={slot}
          keep={choices[slot.id]}
          registration={{ name: `workshops.${slot.id}`, defaultValue: choices[slot.id] }}
          error={fieldError(slot.id)}
        />
      ))}
      {lunchProvided ? (
        <fieldset>
          <legend className="font-semibold text-slate-900">Déjeunerez-vous sur place ?</legend>
          <div className="mt-2 flex gap-6">
            <label className="flex items-center gap-2">
              <input type="radio" name="lunch" value="true" defaultChecked={lunch} className="h-4 w-4" /> Oui
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="lunch" value="false" defaultChecked={!lunch} className="h-4 w-4" /> Non
            </label>
          </div>
        </fieldset>
      ) : (
        <input type="hidden" name="lunch" value="false" />
      )}
      <button type="submit" disabled={pending} className="rounded bg-marine-700 px-5 py-2 font-semibold text-white hover:bg-marine-900 disabled:opacity-70">
        {pending ? 'Enregistrement…' : 'Enregistrer les modifications'}
      </button>
    </form>
  );
}

export function CancelForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? state.error.fields?.confirm : undefined;
  return (
    <form action={formAction} className="space-y-4">
      <Result state={state} id="resultat-annulation" />
      <div>
        <ConfirmCheckbox id="confirm-cancel" error={error}>
          Je confirme vouloir annuler mon inscription. Ma place sera proposée à une autre personne.
        </ConfirmCheckbox>
        <FieldError id="confirm-cancel-erreur" message={error} />
      </div>
      <button type="submit" disabled={pending} className="rounded border-2 border-corail-700 px-5 py-2 font-semibold text-corail-700 hover:bg-corail-50 disabled:opacity-70">
        {pending ? 'Annulation…' : 'Annuler mon inscription'}
      </button>
    </form>
  );
}
