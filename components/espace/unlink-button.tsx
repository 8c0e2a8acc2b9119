import { ActionButton, type ButtonAction } from './action-button';

/** « Retirer » next to something linked to a time of the programme; `what` completes it for screen readers. */
export function UnlinkButton({ action, what }: { action: ButtonAction; what: string }) {
  return (
    <ActionButton action={action} className="text-sm font-semibold text-corail-700 underline">
      Retirer<span className="sr-only"> {what}</span>
    </ActionButton>
  );
}
