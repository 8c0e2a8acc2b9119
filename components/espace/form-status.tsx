import type { Ref } from 'react';
import type { FormStatusValue } from './use-server-form';

/** The answer of a form, announced to screen readers; focusable so that a refusal can get the focus. */
export function FormStatus({ status, statusRef, id }: { status: FormStatusValue; statusRef?: Ref<HTMLDivElement>; id: string }) {
  return (
    <div ref={statusRef} id={id} tabIndex={-1} aria-live="polite" className="focus:outline-none">
      {status ? (
        <p
          className={`rounded border p-3 ${status.ok ? 'border-marine-200 bg-marine-50 text-marine-900' : 'border-corail-600 bg-corail-50 font-semibold text-corail-700'}`}
        >
          {status.message}
        </p>
      ) : null}
    </div>
  );
}

export const primaryButton = 'rounded bg-marine-700 px-5 py-2 font-semibold text-white hover:bg-marine-900 disabled:cursor-wait disabled:opacity-70';
export const secondaryButton =
  'rounded border border-marine-700 bg-white px-3 py-1 font-semibold text-marine-700 hover:bg-marine-50 disabled:cursor-wait disabled:opacity-70';
export const dangerButton =
  'rounded border-2 border-corail-700 bg-white px-3 py-1 font-semibold text-corail-700 hover:bg-corail-50 disabled:cursor-wait disabled:opacity-70';
