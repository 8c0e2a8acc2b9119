import { actionLabel, fieldLabel, formatAuditValue } from '@/lib/admin/audit-labels';
import { organisationTypeLabel } from '@/lib/registrations/organisation-types';
import type { ModerationPractice } from '@/lib/practices/moderation-queue';
import { formatDateTime } from '@/lib/time';
import { PracticeStatusBadge } from './status-badge';

const ORIGINS = { survey: 'l’enquête en ligne', api: 'l’API', partner: 'un partenaire régional' } as const;

/** Who answered, where, when, and what moderation last said. */
export function PracticeFacts({ review }: { review: ModerationPractice }) {
  const { practice: p, regionName, canModerate } = review;
  const rows: [string, string][] = [
    ['Région', regionName],
    ['Reçue le', p.submittedAt ? formatDateTime(p.submittedAt) : ''],
    ['Par', ORIGINS[p.origin]],
    ['Personne', [p.respondentName, p.respondentRole].filter(Boolean).join(', ')],
    ['Organisation', [p.respondentOrganisation, p.respondentOrganisationType ? organisationTypeLabel(p.respondentOrganisationType) : ''].filter(Boolean).join(' — ')],
    ...(canModerate ? ([['E-mail', p.respondentEmail]] as [string, string][]) : []),
    ['Publication acceptée le', p.consentPublicationAt ? formatDateTime(p.consentPublicationAt) : 'non'],
    ['Accepte d’être contactée', p.consentContactAt ? `oui, le ${formatDateTime(p.consentContactAt)}` : 'non'],
    ...(p.publishedAt ? ([['Publiée le', formatDateTime(p.publishedAt)]] as [string, string][]) : []),
    ...(p.moderatorMessage ? ([['Dernier message envoyé', p.moderatorMessage]] as [string, string][]) : []),
    ...(p.declineReason && p.status === 'declined' ? ([['Motif du refus', p.declineReason]] as [string, string][]) : []),
  ];
  return (
    <div className="space-y-3">
      <p>
        <span className="font-semibold text-slate-900">Statut : </span>
        <PracticeStatusBadge status={p.status} />
      </p>
      <dl className="grid grid-cols-[minmax(0,1fr)] gap-x-4 gap-y-1 sm:grid-cols-[14rem_minmax(0,1fr)]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-900">{label}</dt>
            <dd className="min-w-0 text-slate-800 [overflow-wrap:anywhere]">{value || '—'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function CommentList({ comments }: { comments: ModerationPractice['comments'] }) {
  if (comments.length === 0) return <p className="text-slate-700">Aucun commentaire pour l’instant.</p>;
  return (
    <ol className="space-y-3">
      {comments.map((c) => (
        <li key={c.id} className="rounded border border-slate-200 bg-slate-50 p-3">
          <p className="text-sm text-slate-700">
            {c.authorName || c.authorEmail || 'Compte supprimé'}, le {formatDateTime(c.createdAt)}
          </p>
          <p className="mt-1 whitespace-pre-line break-words text-slate-900">{c.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** The audit log of this answer, newest first. */
export function PracticeHistory({ review }: { review: ModerationPractice }) {
  if (review.history.length === 0) return <p className="text-slate-700">Aucune étape de modération pour l’instant.</p>;
  return (
    <ol className="space-y-3">
      {review.history.map((h) => (
        <li key={h.id} className="border-l-4 border-marine-200 pl-3">
          <p className="text-slate-900">
            <span className="font-semibold">{actionLabel(h.action)}</span> — {h.authorName || h.authorEmail || 'Compte supprimé'}, le {formatDateTime(h.at)}
          </p>
          {h.changes.length > 0 ? (
            <ul className="mt-1 text-sm text-slate-800">
              {h.changes.map(([field, change]) => (
                <li key={field} className="break-words">
                  {fieldLabel(field)} : {formatAuditValue(field, change.before, review.regionNames)} → {formatAuditValue(field, change.after, review.regionNames)}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
