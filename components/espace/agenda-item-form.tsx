'use client';

import { AGENDA_KIND_LABELS } from '@/lib/events/agenda';
import { AGENDA_KINDS, agendaItemSchema, type AgendaItemFormValues } from '@/lib/events/manage/agenda-item-schema';
import { Field, inputClass } from '../form-field';
import { EditorForm, useEditorForm, type EditorFormProps } from './editor-form';
import { FormInput } from './form-input';

const EMPTY: AgendaItemFormValues = { kind: 'plenary', title: '', description: '', startTime: '', endTime: '' };

/** A time of the programme: its kind, title, description and Paris times on the event's day. */
export function AgendaItemForm(props: EditorFormProps<AgendaItemFormValues>) {
  const server = useEditorForm(agendaItemSchema, EMPTY, props);
  const { form, errors } = server;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <EditorForm server={server} idPrefix={props.idPrefix} submitLabel={props.submitLabel}>
      <div className="grid gap-4 sm:grid-cols-4">
        <Field id={id('kind')} label="Nature" required error={errors.kind?.message}>
          <select {...form.register('kind')} id={id('kind')} className={inputClass}>
            {AGENDA_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {AGENDA_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
        <div className="sm:col-span-3">
          <FormInput form={form} name="title" id={id('title')} label="Titre" required />
        </div>
        <FormInput form={form} name="startTime" id={id('startTime')} label="Début" required type="time" />
        <FormInput form={form} name="endTime" id={id('endTime')} label="Fin" required type="time" />
      </div>
      <FormInput form={form} name="description" id={id('description')} label="Description" rows={2} />
    </EditorForm>
  );
}
