'use client';

import { EditorForm } from '@/components/espace/editor-form';
import { useServerForm, type FormAnswer } from '@/components/espace/use-server-form';
import { practiceWordingSchema, type PracticeWordingValues } from '@/lib/practices/moderation-schema';
import { WordingFields } from './wording-fields';

/** Moderation's wording of an answer; the respondent's version is kept aside (the diff). */
export function WordingForm({
  values,
  regions,
  action,
}: {
  values: PracticeWordingValues;
  regions: { code: string; name: string }[];
  action: (values: unknown) => Promise<FormAnswer>;
}) {
  const server = useServerForm(practiceWordingSchema, values, action);
  return (
    <EditorForm server={server} idPrefix="texte" submitLabel="Enregistrer le texte">
      <WordingFields form={server.form as never} regions={regions} idPrefix="texte" />
    </EditorForm>
  );
}
