'use client';

import { speakerSchema, type SpeakerFormValues } from '@/lib/events/manage/speaker-schema';
import { EditorForm, useEditorForm, type EditorFormProps } from './editor-form';
import { FormInput } from './form-input';

export function SpeakerForm(props: EditorFormProps<SpeakerFormValues>) {
  const server = useEditorForm(speakerSchema, { name: '', role: '', organisation: '' }, props);
  const { form } = server;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  return (
    <EditorForm server={server} idPrefix={props.idPrefix} submitLabel={props.submitLabel}>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormInput form={form} name="name" id={id('name')} label="Nom" required />
        <FormInput form={form} name="role" id={id('role')} label="Fonction" />
        <FormInput form={form} name="organisation" id={id('organisation')} label="Organisation" />
      </div>
    </EditorForm>
  );
}
