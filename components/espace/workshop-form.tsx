'use client';

import { workshopSchema, type WorkshopFormValues } from '@/lib/events/manage/workshop-schema';
import { Field, inputClass } from '../form-field';
import { FormStatus, primaryButton } from './form-status';
import { useServerForm, type FormAnswer } from './use-server-form';

type Props = {
  idPrefix: string;
  values?: WorkshopFormValues;
  action: (values: unknown) => Promise<FormAnswer>;
  submitLabel: string;
};

/** An atelier of a workshop slot: letter, title, room, capacity, description. */
export function WorkshopForm({ idPrefix, values, action, submitLabel }: Props) {
  const { form, onSubmit, status, statusRef, errors, pending } = useServerForm(
    workshopSchema,
    values ?? { code: '', title: '', description: '', room: '', capacity: 20 },
    action,
    { resetOnSuccess: !values },
  );
  const { register } = form;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-6">
        <Field id={id('code')} label="Lettre" required hint="A à Z" error={errors.code?.message}>
          <input {...register('code')} id={id('code')} maxLength={1} autoCapitalize="characters" className={inputClass} />
        </Field>
        <div className="sm:col-span-3">
          <Field id={id('title')} label="Titre de l’atelier" required error={errors.title?.message}>
            <input {...register('title')} id={id('title')} className={inputClass} />
          </Field>
        </div>
        <Field id={id('room')} label="Salle" error={errors.room?.message}>
          <input {...register('room')} id={id('room')} className={inputClass} />
        </Field>
        <Field id={id('capacity')} label="Places" required error={errors.capacity?.message}>
          <input {...register('capacity', { valueAsNumber: true })} id={id('capacity')} type="number" min={1} step={1} className={inputClass} />
        </Field>
      </div>
      <Field id={id('description')} label="Description de l’atelier" error={errors.description?.message}>
        <textarea {...register('description')} id={id('description')} rows={2} className={inputClass} />
      </Field>
      <FormStatus status={status} statusRef={statusRef} id={id('resultat')} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Enregistrement…' : submitLabel}
      </button>
    </form>
  );
}
