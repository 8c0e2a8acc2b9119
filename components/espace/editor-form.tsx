'use client';

import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { FormStatus, primaryButton } from './form-status';
import { useServerForm, type FormAnswer } from './use-server-form';

/** The props of a form of the programme editor: empty to add, with `values` to edit. */
export type EditorFormProps<V> = {
  /** Makes the ids of this form's fields unique on the page. */
  idPrefix: string;
  values?: V;
  action: (values: unknown) => Promise<FormAnswer>;
  submitLabel: string;
};

/** A form of the programme editor: it starts from `values` or `empty`, and empties itself after an addition. */
export function useEditorForm<TIn extends FieldValues, TOut>(schema: z.ZodType<TOut, TIn>, empty: TIn, { values, action }: EditorFormProps<TIn>) {
  return useServerForm(schema, (values ?? empty) as never, action, { resetOnSuccess: !values });
}

/** The form element around the fields, with the answer and the submit button. */
export function EditorForm({
  server,
  idPrefix,
  submitLabel,
  children,
}: {
  server: Pick<ReturnType<typeof useEditorForm>, 'onSubmit' | 'status' | 'statusRef' | 'pending'>;
  idPrefix: string;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <form noValidate onSubmit={server.onSubmit} className="space-y-4">
      {children}
      <FormStatus status={server.status} statusRef={server.statusRef} id={`${idPrefix}-resultat`} />
      <button type="submit" disabled={server.pending} className={primaryButton}>
        {server.pending ? 'Enregistrement…' : submitLabel}
      </button>
    </form>
  );
}
