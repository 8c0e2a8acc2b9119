'use client';

import { useActionState, useId, useRef, type ReactNode } from 'react';
import type { ButtonAction } from '@/components/espace/action-button';

export type ConfirmText = {
  /** The dialog's title, a question: « Annuler l'inscription de Léa Martin ? ». */
  title: string;
  /** What will happen, and what cannot be undone. */
  body: ReactNode;
  /** The confirming button's label, the action itself (« Annuler l'inscription »), never « OK ». */
  confirmLabel: string;
  /** The other button (« Ne rien faire » by default). */
  cancelLabel?: string;
};

const DANGER = 'rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60';
const QUIET = 'rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-50';

/**
 * A destructive action that asks first. The trigger opens a modal `<dialog>` (`showModal()`: the
 * rest of the page becomes inert, so focus stays inside; Escape closes it; the browser gives focus
 * back to the trigger). Focus starts on the harmless button. Only « confirmLabel » runs the server
 * action, from a form inside the dialog, so the page works the same by keyboard, mouse or touch.
 * The outcome (a refusal or the success message) is announced next to the trigger.
 */
export function ConfirmButton({
  action,
  children,
  className,
  confirm,
  hiddenFields,
}: {
  action: ButtonAction;
  /** The trigger's label. */
  children: ReactNode;
  className: string;
  confirm: ConfirmText;
  /** Extra fields sent with the action (a reason, an id…). */
  hiddenFields?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(async (previous: Awaited<ReturnType<ButtonAction>>, formData: FormData) => {
    const answer = await action(previous, formData);
    dialog.current?.close();
    return answer;
  }, null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  return (
    <div className="inline-flex flex-col items-start">
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <form action={formAction} className="space-y-4 p-5">
          {Object.entries(hiddenFields ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <h2 id={titleId} className="text-lg font-bold">
            {confirm.title}
          </h2>
          <div id={bodyId} className="text-slate-800">
            {confirm.body}
          </div>
          <div className="flex flex-wrap justify-end gap-3">
            <button type="button" autoFocus className={QUIET} onClick={() => dialog.current?.close()}>
              {confirm.cancelLabel ?? 'Ne rien faire'}
            </button>
            <button type="submit" disabled={pending} className={DANGER}>
              {confirm.confirmLabel}
            </button>
          </div>
        </form>
      </dialog>
      <span role="status" className="block">
        {state && !state.ok ? <span className="mt-1 block max-w-md text-sm font-semibold text-red-800">{state.error.message}</span> : null}
        {state?.ok ? <span className="mt-1 block max-w-md text-sm text-marine-900">{state.data.message}</span> : null}
      </span>
    </div>
  );
}
