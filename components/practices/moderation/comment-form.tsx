'use client';

import { EditorForm, useEditorForm } from '@/components/espace/editor-form';
import { FormInput } from '@/components/espace/form-input';
import type { FormAnswer } from '@/components/espace/use-server-form';
import { commentSchema, type CommentInput } from '@/lib/practices/moderation-schema';

/** A comment for staff and the region's partners (never shown to the public). */
export function CommentForm({ action }: { action: (values: unknown) => Promise<FormAnswer> }) {
  const server = useEditorForm(commentSchema, { body: '' } as CommentInput, { idPrefix: 'commentaire', action, submitLabel: 'Ajouter le commentaire' });
  return (
    <EditorForm server={server} idPrefix="commentaire" submitLabel="Ajouter le commentaire">
      <FormInput form={server.form} name="body" id="commentaire-texte" label="Votre commentaire" hint="Lu par l’équipe nationale et les partenaires de la région, jamais publié." rows={4} required />
    </EditorForm>
  );
}
