'use client';

import { useActionState, type ReactNode } from 'react';
import type { FormAnswer } from './use-server-form';

export type ButtonAction = (previous: FormAnswer | null, formData: FormData) => Promise<FormAnswer | null>;

/**
 * One button that runs a server action (remove, move, publish…), bound by the page to what it acts
 * on. A refusal is shown and announced next to it; a success refreshes the page.
 */
export function ActionButton({ action, children, className }: { action: ButtonAction; children: ReactNode; className: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col items-start">
      <button type="submit" disabled={pending} className={className}>
        {children}
      </button>
      <span role="status" className="block">
        {state && !state.ok ? <span className="mt-1 block max-w-md text-sm font-semibold text-corail-700">{state.error.message}</span> : null}
        {state?.ok ? <span className="mt-1 block max-w-md text-sm text-marine-900">{state.data.message}</span> : null}
      </span>
    </form>
  );
}
