'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { EditAnswer } from '@/lib/events/manage/messages';

export type FormAnswer = EditAnswer;
export type FormStatusValue = { ok: boolean; message: string } | null;

const UNEXPECTED = 'Une erreur inattendue est survenue. Merci de réessayer plus tard.';

/**
 * Calls a server action: a redirect() it asks for is let through for Next to follow; anything else
 * it throws (the network, a crash) becomes the French "unexpected error" answer.
 */
export async function callAction<V>(action: (values: V) => Promise<FormAnswer>, values: V): Promise<FormAnswer> {
  try {
    return await action(values);
  } catch (error) {
    if (error && typeof error === 'object' && 'digest' in error && String(error.digest).startsWith('NEXT_REDIRECT')) throw error;
    return { ok: false, error: { code: 'internal_error', message: UNEXPECTED } };
  }
}

/**
 * A react-hook-form form checked in the browser by the same zod schema as the server, then sent to
 * a server action. The server's field errors land next to their fields (the first one gets the
 * focus), its other refusals in the status message; what the person typed is kept.
 */
export function useServerForm<TIn extends FieldValues, TOut>(
  schema: z.ZodType<TOut, TIn>,
  defaultValues: DefaultValues<TIn>,
  action: (values: TOut) => Promise<FormAnswer>,
  options: { resetOnSuccess?: boolean } = {},
) {
  const form = useForm<TIn, unknown, TOut>({ resolver: zodResolver(schema as never) as unknown as Resolver<TIn, unknown, TOut>, defaultValues });
  const [status, setStatus] = useState<FormStatusValue>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const answer = await callAction(action, values);
    if (!answer) return;
    if (answer.ok) {
      setStatus({ ok: true, message: answer.data.message });
      if (options.resetOnSuccess) form.reset();
      return;
    }
    setStatus({ ok: false, message: answer.error.message });
    const fields = Object.entries(answer.error.fields ?? {}).filter(([name]) => name in (form.getValues() as object));
    fields.forEach(([name, message], i) => form.setError(name as Path<TIn>, { type: 'server', message }, { shouldFocus: i === 0 }));
    if (fields.length === 0) setTimeout(() => statusRef.current?.focus(), 0);
  });

  return { form, onSubmit, status, statusRef, errors: form.formState.errors, pending: form.formState.isSubmitting };
}
