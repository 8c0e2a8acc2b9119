import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ReviewView } from '@/components/practices/moderation/review-view';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { getModerationPractice } from '@/lib/practices/moderation-queue';
import { commentAction } from '../actions';

export const metadata: Metadata = { title: 'Une pratique de ma région' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function PartnerPracticePage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement de la réponse…</p>}>
      <PartnerPractice {...props} />
    </Suspense>
  );
}

// Read-only for partners: they comment; only national staff moderate (the use cases refuse anyway).
async function PartnerPractice({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const review = await orNotFoundAsync(() => getModerationPractice(user, id));
  const proposed = (await searchParams).proposee === '1';
  return (
    <ReviewView
      review={review}
      back={{ href: '/espace/pratiques', label: 'Les pratiques de mes régions' }}
      commentAction={commentAction.bind(null, id)}
      notice={proposed ? 'Votre proposition est enregistrée : elle attend la modération de l’équipe nationale.' : undefined}
    >
      {review.canModerate ? (
        <p>
          <a href={`/admin/pratiques/${review.practice.id}`}>Modérer cette réponse dans l’administration nationale</a>
        </p>
      ) : null}
    </ReviewView>
  );
}
