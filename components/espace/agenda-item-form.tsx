'use client';

import { AGENDA_KIND_LABELS } from '@/lib/events/agenda';
import { AGENDA_KINDS, agendaItemSchema, type AgendaItemFormValues } from '@/lib/events/manage/agenda-item-schema';
import { Field, inputClass } from '../form-field';
import { FormStatus, primaryButton } from './form-status';
import { useServerForm, type FormAnswer } from './use-server-form';

type Props = {
  /** Makes the ids of this form's fields unique on the page. */
  idPrefix: string;
  values?: AgendaItemFormValues;
  action: (values: unknown) => Promise<FormAnswer>;
  submitLabel: string;
};

const EMPTY: AgendaItemFormValues = { kind: 'plenary', title: '', description: '', startTime: '', endTime: '' };

/** A time of the programme: its kind, title, description and Paris times on the event's day. */
export function AgendaItemForm({ idPrefix, values, action, submitLabel }: Props) {
  const { form, onSubmit, status, statusRef, errors, pending } = useServerForm(agendaItemSchema, values ?? EMPTY, action, {
    resetOnSuccess: !values,
  });
  const { register } = form;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-4">
        <Field id={id('kind')} label="Nature" required error={errors.kind?.message}>
          <select {...register('kind')} id={id('kind')} className={inputClass}>
            {AGENDA_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {AGENDA_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
        <div className="sm:col-span-3">
          <Field id={id('title')} label="Titre" required error={errors.title?.message}>
            <input {...register('title')} id={id('title')} className={inputClass} />
          </Field>
        </div>
        <Field id={id('startTime')} label="Début" required error={errors.startTime?.message}>
          <input {...register('startTime')} id={id('startTime')} type="time" className={inputClass} />
        </Field>
        <Field id={id('endTime')} label="Fin" required error={errors.endTime?.message}>
          <input {...register('endTime')} id={id('endTime')} type="time" className={inputClass} />
        </Field>
      </div>
      <Field id={id('description')} label="Description" error={errors.description?.message}>
        <textarea {...register('description')} id={id('description')} rows={2} className={inputClass} />
      </Field>
      <FormStatus status={status} statusRef={statusRef} id={id('resultat')} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Enregistrement…' : submitLabel}
      </button>
    </form>
  );
}
