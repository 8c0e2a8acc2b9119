import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Section } from '@/components/espace/section';
import { ModerationActions } from '@/components/practices/moderation/moderation-actions';
import { ReviewView } from '@/components/practices/moderation/review-view';
import { WordingForm } from '@/components/practices/moderation/wording-form';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { getModerationPractice } from '@/lib/practices/moderation-queue';
import { commentAction } from '../../../espace/pratiques/actions';
import { declineAction, editWordingAction, publishAction, requestChangesAction, unpublishAction } from './actions';

export const metadata: Metadata = { title: 'Modérer une pratique' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What the page says after a step (its actions come back with `?fait=…`). */
const DONE_NOTICES: Record<string, string> = {
  publiee: 'La pratique est publiée dans la collection.',
  modifications: 'Votre message et un nouveau lien ont été envoyés par e-mail à la personne qui a répondu.',
  refusee: 'La réponse est refusée ; le motif a été envoyé par e-mail à la personne qui a répondu.',
  retiree: 'La pratique est retirée de la collection.',
};

export default function AdminPracticePage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement de la réponse…</p>}>
      <AdminPractice {...props} />
    </Suspense>
  );
}

async function AdminPractice({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const review = await orNotFoundAsync(() => getModerationPractice(user, id));
  const editable = review.steps.includes('edit');
  const done = (await searchParams).fait;
  const notice = typeof done === 'string' ? DONE_NOTICES[done] : undefined;
  return (
    <ReviewView
      review={review}
      back={{ href: '/admin/pratiques', label: 'Toutes les réponses' }}
      commentAction={commentAction.bind(null, id)}
      notice={notice}
      editor={
        editable ? (
          <Section id="texte-modere" title="Modifier le texte">
            <p className="max-w-3xl text-slate-800">
              Vos corrections remplacent le texte publié ; la réponse d’origine de la personne est conservée et la différence reste visible
              ci-dessus.
            </p>
            <WordingForm values={review.formValues} regions={review.regions} action={editWordingAction.bind(null, id)} />
          </Section>
        ) : null
      }
    >
      <Section id="moderation" title="Modération">
        <ModerationActions
          steps={review.steps}
          actions={{
            publish: publishAction.bind(null, id),
            requestChanges: requestChangesAction.bind(null, id),
            decline: declineAction.bind(null, id),
            unpublish: unpublishAction.bind(null, id),
          }}
        />
      </Section>
    </ReviewView>
  );
}
