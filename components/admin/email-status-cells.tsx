'use client';

import { useActionState } from 'react';
import type { MessageAnswer as Answer } from '@/lib/action-result';
import { secondaryButton } from '../espace/form-status';
import { useFocusedAnswer } from './use-focused-answer';

type Status = 'pending' | 'sent' | 'failed';

export type EmailStatusView = {
  to: string;
  status: Status;
  attempts: number;
  lastError: string | null;
  /** "le 8 décembre 2022 à 9h30" and its ISO form, or null. */
  sentAt: { iso: string; text: string } | null;
  nextAttemptAt: { iso: string; text: string } | null;
};

const statusClass: Record<Status, string> = {
  pending: 'border-marine-600 bg-marine-50 text-marine-900',
  sent: 'border-slate-400 bg-slate-100 text-slate-800',
  failed: 'border-corail-600 bg-corail-50 text-corail-700',
};

/**
 * The state, attempts, last error and "Renvoyer" cells of one message. After a retry the row shows
 * the message back in the queue at once and keeps its place, even in a list filtered on failures
 * (a refreshed list would drop it, and the answer with it); the answer takes the focus.
 */
export function EmailStatusCells({
  email,
  statusLabels,
  action,
}: {
  email: EmailStatusView;
  statusLabels: Record<Status, string>;
  action: (previous: Answer, form: FormData) => Promise<Answer>;
}) {
  const [answer, formAction, pending] = useActionState(action, null);
  const messageRef = useFocusedAnswer(answer);
  const requeued = answer?.ok === true;
  const status: Status = requeued ? 'pending' : email.status;
  return (
    <>
      <td>
        <span className={`inline-block rounded border px-2 py-0.5 font-semibold ${statusClass[status]}`}>{statusLabels[status]}</span>
        {!requeued && email.sentAt ? (
          <span className="mt-1 block text-slate-700">
            le <time dateTime={email.sentAt.iso}>{email.sentAt.text}</time>
          </span>
        ) : !requeued && status === 'pending' && email.attempts > 0 && email.nextAttemptAt ? (
          <span className="mt-1 block text-slate-700">
            prochain essai le <time dateTime={email.nextAttemptAt.iso}>{email.nextAttemptAt.text}</time>
          </span>
        ) : null}
      </td>
      <td className="tabular-nums">{requeued ? 0 : email.attempts}</td>
      <td className="max-w-xs break-words">
        {email.lastError && status !== 'sent' ? email.lastError : <span className="text-slate-700">aucune</span>}
      </td>
      <td>
        {status === 'failed' ? (
          <form action={formAction}>
            <button type="submit" disabled={pending} className={secondaryButton}>
              {pending ? 'Envoi…' : 'Renvoyer'}
              <span className="sr-only"> l’e-mail à {email.to}</span>
            </button>
          </form>
        ) : null}
        <p ref={messageRef} tabIndex={-1} role="status" className="mt-1 max-w-xs text-sm focus:outline-none">
          {answer ? <span className={answer.ok ? 'text-marine-900' : 'font-semibold text-corail-700'}>{answer.ok ? answer.data.message : answer.error.message}</span> : null}
        </p>
      </td>
    </>
  );
}
