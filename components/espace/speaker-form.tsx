'use client';

import { speakerSchema, type SpeakerFormValues } from '@/lib/events/manage/speaker-schema';
import { Field, inputClass } from '../form-field';
import { FormStatus, primaryButton } from './form-status';
import { useServerForm, type FormAnswer } from './use-server-form';

type Props = {
  idPrefix: string;
  values?: SpeakerFormValues;
  action: (values: unknown) => Promise<FormAnswer>;
  submitLabel: string;
};

export function SpeakerForm({ idPrefix, values, action, submitLabel }: Props) {
  const { form, onSubmit, status, statusRef, errors, pending } = useServerForm(
    speakerSchema,
    values ?? { name: '', role: '', organisation: '' },
    action,
    { resetOnSuccess: !values },
  );
  const { register } = form;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={id('name')} label="Nom" required error={errors.name?.message}>
          <input {...register('name')} id={id('name')} className={inputClass} />
        </Field>
        <Field id={id('role')} label="Fonction" error={errors.role?.message}>
          <input {...register('role')} id={id('role')} className={inputClass} />
        </Field>
        <Field id={id('organisation')} label="Organisation" error={errors.organisation?.message}>
          <input {...register('organisation')} id={id('organisation')} className={inputClass} />
        </Field>
      </div>
      <FormStatus status={status} statusRef={statusRef} id={id('resultat')} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Enregistrement…' : submitLabel}
      </button>
    </form>
  );
}
