import type { ReactNode } from 'react';

/**
 * The box to tick before something definitive (a cancellation): `confirm=oui` in the form's data,
 * checked by the server too. Its error, if any, is shown by a FieldError of id `${id}-erreur`.
 */
export function ConfirmCheckbox({ id, error, labelClassName, children }: { id: string; error?: string; labelClassName?: string; children: ReactNode }) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        name="confirm"
        value="oui"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-erreur` : undefined}
        className="mt-1 h-4 w-4"
      />
      <label htmlFor={id} className={labelClassName}>
        {children}
      </label>
    </div>
  );
}
