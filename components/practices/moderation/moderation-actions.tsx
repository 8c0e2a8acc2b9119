'use client';

import { useActionState } from 'react';
import { ConfirmCheckbox } from '@/components/confirm-checkbox';
import { ActionButton, type ButtonAction } from '@/components/espace/action-button';
import { dangerButton, primaryButton, secondaryButton } from '@/components/espace/form-status';
import { FieldError, inputClass } from '@/components/form-field';
import type { ModerationStep } from '@/lib/practices/moderation';

/** A form with a message to write (and, when `confirm`, a box to tick) before a step of moderation. */
function MessageForm({
  id,
  action,
  label,
  hint,
  confirm,
  submit,
  className,
}: {
  id: string;
  action: ButtonAction;
  label: string;
  hint: string;
  confirm?: string;
  submit: string;
  className: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const messageError = fields.message;
  const confirmError = fields.confirm;
  const describedBy = [`${id}-aide`, messageError ? `${id}-erreur` : null].filter(Boolean).join(' ');
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 p-4">
      <div>
        <label htmlFor={id} className="font-semibold text-slate-900">
          {label} <span className="font-normal text-slate-700">(obligatoire)</span>
        </label>
        <p id={`${id}-aide`} className="text-sm text-slate-700">
          {hint}
        </p>
        <textarea id={id} name="message" rows={4} aria-required aria-invalid={messageError ? true : undefined} aria-describedby={describedBy} className={inputClass} />
        <FieldError id={`${id}-erreur`} message={messageError} />
      </div>
      {confirm ? (
        <div>
          <ConfirmCheckbox id={`${id}-confirmation`} error={confirmError} labelClassName="text-slate-900">
            {confirm}
          </ConfirmCheckbox>
          <FieldError id={`${id}-confirmation-erreur`} message={confirmError} />
        </div>
      ) : null}
      <div role="status">
        {state && !state.ok && !messageError && !confirmError ? <p className="font-semibold text-corail-700">{state.error.message}</p> : null}
        {state?.ok ? <p className="text-marine-900">{state.data.message}</p> : null}
      </div>
      <button type="submit" disabled={pending} className={className}>
        {pending ? 'Envoi…' : submit}
      </button>
    </form>
  );
}

export type StepActions = { publish: ButtonAction; requestChanges: ButtonAction; decline: ButtonAction; unpublish: ButtonAction };

/** The steps open to this answer; the server refuses the others anyway. */
export function ModerationActions({ steps, actions }: { steps: ModerationStep[]; actions: StepActions }) {
  const open = new Set(steps);
  if (![...open].some((s) => s !== 'edit')) return <p className="text-slate-800">Aucune étape de modération n’est possible pour cette réponse.</p>;
  return (
    <div className="space-y-4">
      {open.has('publish') ? (
        <div>
          <ActionButton action={actions.publish} className={primaryButton}>
            Publier la pratique
          </ActionButton>
        </div>
      ) : null}
      {open.has('requestChanges') ? (
        <MessageForm
          id="message-modifications"
          action={actions.requestChanges}
          label="Demander des modifications"
          hint="Envoyé par e-mail à la personne qui a répondu, avec un nouveau lien personnel pour reprendre sa réponse."
          submit="Envoyer la demande"
          className={secondaryButton}
        />
      ) : null}
      {open.has('unpublish') ? (
        <MessageForm
          id="motif-retrait"
          action={actions.unpublish}
          label="Retirer de la collection"
          hint="Le motif est conservé dans l’historique ; la personne n’est pas prévenue."
          confirm="Je confirme le retrait de cette pratique de la collection publique."
          submit="Retirer la pratique"
          className={dangerButton}
        />
      ) : null}
      {open.has('decline') ? (
        <MessageForm
          id="motif-refus"
          action={actions.decline}
          label="Refuser la réponse"
          hint="Le motif est envoyé par e-mail à la personne qui a répondu. Un refus est définitif."
          confirm="Je confirme le refus définitif de cette réponse."
          submit="Refuser la réponse"
          className={dangerButton}
        />
      ) : null}
    </div>
  );
}
