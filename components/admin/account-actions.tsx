'use client';

import { useActionState, useState } from 'react';
import type { MessageAnswer as Answer } from '@/lib/action-result';
import { dangerButton, secondaryButton } from '../espace/form-status';
import { FieldError } from '../form-field';
import { RegionCheckboxes } from './invite-account-form';
import { useFocusedAnswer } from './use-focused-answer';


type Props = {
  account: {
    id: string;
    email: string;
    /** A partner's account: its regions can be changed. */
    hasRegionList: boolean;
    active: boolean;
    /** Never set a password: an invitation can be sent again. */
    awaitingActivation: boolean;
    regionIds: number[];
    isSelf: boolean;
  };
  regions: { id: number; name: string; overseas: boolean }[];
  /** Bound by the page to this account; the submitted button's `intent` says what to do. */
  action: (previous: Answer, form: FormData) => Promise<Answer>;
};

/**
 * One account's actions: its regions (a partner), deactivate or reactivate, a new invitation. One
 * answer for all of them, kept in place and given the focus, whatever buttons the refreshed row
 * shows afterwards.
 */
export function AccountActions({ account, regions, action }: Props) {
  const [answer, formAction, pending] = useActionState(action, null);
  const [regionIds, setRegionIds] = useState(account.regionIds);
  const prefix = `compte-${account.id}`;
  const messageRef = useFocusedAnswer(answer, (field) => (field === 'regionIds' ? `${prefix}-regions-premiere` : undefined));
  const regionError = answer && !answer.ok ? answer.error.fields?.regionIds : undefined;
  const toggle = (id: number, on: boolean) => setRegionIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  return (
    <div className="space-y-2">
      <form action={formAction} className="flex flex-wrap gap-2">
        {account.active ? (
          <button type="submit" name="intent" value="deactivate" disabled={pending} className={dangerButton}>
            {account.isSelf ? 'Désactiver mon compte' : 'Désactiver'}
            <span className="sr-only"> le compte {account.email}</span>
          </button>
        ) : (
          <button type="submit" name="intent" value="reactivate" disabled={pending} className={secondaryButton}>
            Réactiver<span className="sr-only"> le compte {account.email}</span>
          </button>
        )}
        {account.awaitingActivation && account.active ? (
          <button type="submit" name="intent" value="resend" disabled={pending} className={secondaryButton}>
            Renvoyer l’invitation<span className="sr-only"> à {account.email}</span>
          </button>
        ) : null}
      </form>

      {account.hasRegionList ? (
        <details className="rounded border border-slate-300 bg-white">
          <summary className="cursor-pointer px-3 py-1 font-semibold text-marine-700">
            Modifier les régions<span className="sr-only"> de {account.email}</span>
          </summary>
          <form action={formAction} className="space-y-3 p-3">
            <fieldset aria-describedby={regionError ? `${prefix}-regions-erreur` : undefined}>
              <legend className="font-semibold text-slate-900">Régions de {account.email}</legend>
              <FieldError id={`${prefix}-regions-erreur`} message={regionError} />
              <RegionCheckboxes idPrefix={`${prefix}-regions`} regions={regions} checked={regionIds} onToggle={toggle} />
            </fieldset>
            <button type="submit" name="intent" value="regions" disabled={pending} className={secondaryButton}>
              Enregistrer les régions
            </button>
          </form>
        </details>
      ) : null}

      <p ref={messageRef} tabIndex={-1} role="status" className="max-w-md text-sm focus:outline-none">
        {answer ? (
          <span className={answer.ok ? 'text-marine-900' : 'font-semibold text-corail-700'}>{answer.ok ? answer.data.message : answer.error.message}</span>
        ) : null}
      </p>
    </div>
  );
}
