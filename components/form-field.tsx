import type { ReactElement } from 'react';
import { cloneElement } from 'react';

export const inputClass =
  'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-corail-700 aria-[invalid=true]:border-2';

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-corail-700">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/** A labelled control with its hint and error, both tied to it by aria-describedby. */
export function Field({
  id,
  label,
  required,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const describedBy = [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label} {required ? <span className="font-normal text-slate-700">(obligatoire)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-aide`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {cloneElement(children, { 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required || undefined })}
      <FieldError id={`${id}-erreur`} message={error} />
    </div>
  );
}
