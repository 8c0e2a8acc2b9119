'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { MessageAnswer as PasswordState } from '@/lib/action-result';
import { Field, inputClass } from './form-field';

type Action = (previous: PasswordState, formData: FormData) => Promise<PasswordState>;

function Message({ state }: { state: PasswordState }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  if (!state) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      id="message-mot-de-passe"
      className={`rounded border p-3 ${state.ok ? 'border-marine-200 bg-marine-50 text-marine-900' : 'border-corail-600 bg-corail-50 font-semibold text-corail-700'}`}
    >
      {state.ok ? state.data.message : state.error.message}
    </p>
  );
}

export function SetPasswordForm({ action, submitLabel }: { action: Action; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const fields = state && !state.ok ? state.error.fields : undefined;
  return (
    <form action={formAction} className="space-y-4">
      <div aria-live="polite">
        <Message state={state} />
      </div>
      <Field id="password" label="Nouveau mot de passe" required hint="12 caractères au moins. Une phrase facile à retenir convient très bien." error={fields?.password}>
        <input id="password" name="password" type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <Field id="confirmation" label="Le même mot de passe, à nouveau" required error={fields?.confirmation}>
        <input id="confirmation" name="confirmation" type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-marine-700 px-5 py-2 font-semibold text-white hover:bg-marine-900 disabled:opacity-70">
        {pending ? 'Enregistrement…' : submitLabel}
      </button>
    </form>
  );
}

export function RequestResetForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4">
      <div aria-live="polite">
        <Message state={state} />
      </div>
      <Field id="email" label="Adresse e-mail de votre compte" required>
        <input id="email" name="email" type="email" autoComplete="username" className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-marine-700 px-5 py-2 font-semibold text-white hover:bg-marine-900 disabled:opacity-70">
        {pending ? 'Envoi…' : 'Recevoir un lien'}
      </button>
    </form>
  );
}
