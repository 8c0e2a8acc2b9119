'use client';

import type { InputHTMLAttributes } from 'react';
import { get, type FieldValues, type Path, type RegisterOptions, type UseFormReturn } from 'react-hook-form';
import { Field, inputClass } from '../form-field';

type Props<T extends FieldValues> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the form's output type plays no part here
  form: UseFormReturn<T, unknown, any>;
  name: Path<T>;
  /** The field's id on the page (its name by default). */
  id?: string;
  label: string;
  required?: boolean;
  hint?: string;
  rules?: RegisterOptions<T, Path<T>>;
  /** A textarea of that many rows instead of an input. */
  rows?: number;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'id' | 'required'>;

/** One labelled field of a react-hook-form form, with its hint and its error (browser or server). */
export function FormInput<T extends FieldValues>({ form, name, id = name, label, required, hint, rules, rows, ...input }: Props<T>) {
  const error = (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
  const registered = form.register(name, rules);
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error}>
      {rows ? <textarea {...registered} id={id} rows={rows} className={inputClass} /> : <input {...registered} id={id} className={inputClass} {...input} />}
    </Field>
  );
}
