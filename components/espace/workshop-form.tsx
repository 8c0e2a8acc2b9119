'use client';

import { workshopSchema, type WorkshopFormValues } from '@/lib/events/manage/workshop-schema';
import { EditorForm, useEditorForm, type EditorFormProps } from './editor-form';
import { FormInput } from './form-input';

/** An atelier of a workshop slot: letter, title, room, capacity, description. */
export function WorkshopForm(props: EditorFormProps<WorkshopFormValues>) {
  const server = useEditorForm(workshopSchema, { code: '', title: '', description: '', room: '', capacity: 20 }, props);
  const { form } = server;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <EditorForm server={server} idPrefix={props.idPrefix} submitLabel={props.submitLabel}>
      <div className="grid gap-4 sm:grid-cols-6">
        <FormInput form={form} name="code" id={id('code')} label="Lettre" required hint="A à Z" maxLength={1} autoCapitalize="characters" />
        <div className="sm:col-span-3">
          <FormInput form={form} name="title" id={id('title')} label="Titre de l’atelier" required />
        </div>
        <FormInput form={form} name="room" id={id('room')} label="Salle" />
        <FormInput form={form} name="capacity" id={id('capacity')} label="Places" required rules={{ valueAsNumber: true }} type="number" min={1} step={1} />
      </div>
      <FormInput form={form} name="description" id={id('description')} label="Description de l’atelier" rows={2} />
    </EditorForm>
  );
}
