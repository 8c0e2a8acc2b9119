import Link from 'next/link';
import type { ReactNode } from 'react';
import { Section } from '@/components/espace/section';
import type { FormAnswer } from '@/components/espace/use-server-form';
import type { ModerationPractice } from '@/lib/practices/moderation-queue';
import { CommentForm } from './comment-form';
import { PracticeDiff } from './practice-diff';
import { CommentList, PracticeFacts, PracticeHistory } from './review-parts';

/**
 * One answer under moderation: its facts, the diff between the respondent's version and
 * moderation's, the comments and the history. `children` holds the moderation tools (staff only), `editor` the wording form.
 */
export function ReviewView({
  review,
  back,
  commentAction,
  notice,
  children,
  editor,
}: {
  review: ModerationPractice;
  back: { href: string; label: string };
  commentAction: (values: unknown) => Promise<FormAnswer>;
  notice?: string;
  children?: ReactNode;
  /** Shown after the diff: the wording editor (staff only). */
  editor?: ReactNode;
}) {
  const { practice } = review;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href={back.href}>
          <span aria-hidden="true">← </span>
          {back.label}
        </Link>
        <h1 className="break-words text-3xl font-bold text-marine-900">{practice.title || 'Sans titre'}</h1>
        {notice ? <p role="status" className="rounded border border-marine-200 bg-marine-50 p-3 text-marine-900">{notice}</p> : null}
        {practice.status === 'published' && practice.slug ? (
          <p>
            <Link href={`/pratiques/${practice.slug}`}>Voir la pratique dans la collection publique</Link>
          </p>
        ) : null}
      </div>
      <PracticeFacts review={review} />
      {children}
      <Section id="difference" title="Texte et différences avec la réponse d’origine">
        <PracticeDiff diff={review.diff} hasOriginal={!!practice.original} />
      </Section>
      {editor}
      <Section id="commentaires" title="Commentaires">
        <CommentList comments={review.comments} />
        <CommentForm action={commentAction} />
      </Section>
      <Section id="historique" title="Historique">
        <PracticeHistory review={review} />
      </Section>
    </div>
  );
}
