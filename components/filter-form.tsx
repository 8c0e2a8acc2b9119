'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent, ReactNode } from 'react';
import { inputClass } from './form-field';

/**
 * A GET form that also works without JavaScript; with it, the page changes without a reload and
 * empty filters are left out of the URL so a shared link stays short.
 */
export function FilterForm({ action, label, children }: { action: string; label: string; children: ReactNode }) {
  const router = useRouter();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value !== '') params.set(name, value);
    }
    const search = params.toString();
    router.push(search ? `${action}?${search}` : action, { scroll: false });
  }
  return (
    <form method="get" action={action} onSubmit={onSubmit} aria-label={label} className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4">
      {children}
    </form>
  );
}

export const selectClass = 'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-slate-900';

/** A labelled filter list whose first choice, empty, means "all"; its other choices are `options`, or `children`. */
export function FilterSelect({
  id,
  name,
  label,
  hint,
  value,
  allLabel,
  options = [],
  children,
}: {
  id: string;
  name: string;
  label: string;
  /** A line under the label, read with the list. */
  hint?: string;
  value: string;
  allLabel: string;
  options?: { value: string; label: string }[];
  children?: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-aide`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <select id={id} name={name} defaultValue={value} aria-describedby={hint ? `${id}-aide` : undefined} className={selectClass}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </div>
  );
}

/** A labelled search box with a line saying what it searches. */
export function FilterSearch({ id, name, label, hint, value }: { id: string; name: string; label: string; hint: string; value: string }) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
      </label>
      <p id={`${id}-aide`} className="text-sm text-slate-700">
        {hint}
      </p>
      <input id={id} name={name} type="search" defaultValue={value} aria-describedby={`${id}-aide`} className={inputClass} />
    </div>
  );
}

/**
 * The filter form's buttons: "Filtrer", and a link that clears the filters. By a full load, so
 * that the form's fields are emptied too (they keep what was chosen otherwise).
 */
export function FilterActions({ clearHref, submitLabel = 'Filtrer' }: { clearHref: string; submitLabel?: string }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-4">
      <button type="submit" className="rounded bg-marine-700 px-4 py-2 font-semibold text-white hover:bg-marine-900">
        {submitLabel}
      </button>
      <a href={clearHref}>Effacer les filtres</a>
    </div>
  );
}
