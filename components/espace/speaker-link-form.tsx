'use client';

import { useActionState } from 'react';
import { inputClass } from '../form-field';
import type { ButtonAction } from './action-button';
import { secondaryButton } from './form-status';

/** Names one of the event's speakers at a time of the programme. */
export function SpeakerLinkForm({
  idPrefix,
  itemTitle,
  speakers,
  action,
}: {
  idPrefix: string;
  itemTitle: string;
  speakers: { id: string; name: string }[];
  action: ButtonAction;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const selectId = `${idPrefix}-intervenant`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={selectId} className="font-semibold text-slate-900">
          Ajouter un·e intervenant·e à « {itemTitle} »
        </label>
        <select id={selectId} name="speakerId" className={inputClass} defaultValue="">
          <option value="">Choisissez…</option>
          {speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={secondaryButton}>
        Associer
      </button>
      <p role="status" className="w-full text-sm font-semibold text-corail-700">
        {state && !state.ok ? state.error.message : null}
      </p>
    </form>
  );
}
