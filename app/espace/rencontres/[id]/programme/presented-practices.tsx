import Link from 'next/link';
import { PracticePicker } from '@/components/espace/practice-picker';
import { UnlinkButton } from '@/components/espace/unlink-button';
import type { ManagedPresentation } from '@/lib/practices/presentations';
import { linkPracticeAction, searchPracticesAction, unlinkPracticeAction } from './practice-actions';

const summaryClass = 'cursor-pointer font-semibold text-marine-700 underline underline-offset-2';

/**
 * "Pratiques présentées" at one plenary item or one atelier of the editor: the practices linked
 * there, each with its button to remove it, and the picker to link another.
 */
export function PresentedPractices({
  eventId,
  agendaItemId,
  workshopId,
  targetLabel,
  presentations,
  editable,
}: {
  eventId: string;
  agendaItemId: string;
  workshopId: string | null;
  /** "« Plénière »" or "l’atelier A « … »", for the labels of screen readers. */
  targetLabel: string;
  presentations: ManagedPresentation[];
  editable: boolean;
}) {
  const here = presentations.filter((p) => p.agendaItemId === agendaItemId && p.workshopId === workshopId);
  if (!editable && here.length === 0) return null;
  const idPrefix = `pratiques-${workshopId ?? agendaItemId}`;
  return (
    <div className="space-y-2">
      {here.length ? (
        <div>
          <p className="font-semibold text-slate-900">Pratiques présentées</p>
          <ul className="mt-1 space-y-1">
            {here.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-3">
                <span className="min-w-0 break-words">
                  {p.status === 'published' && p.slug ? <Link href={`/pratiques/${p.slug}`}>{p.title}</Link> : p.title}
                  <span className="text-slate-700"> · {p.regionName}</span>
                  {p.status !== 'published' ? <span className="text-slate-700"> (non publiée : absente de la page publique)</span> : null}
                </span>
                {editable ? <UnlinkButton action={unlinkPracticeAction.bind(null, eventId, p.id)} what={`la pratique « ${p.title} » de ${targetLabel}`} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {editable ? (
        <details className="rounded border border-slate-200 bg-white p-3">
          <summary className={summaryClass}>
            Ajouter une pratique présentée<span className="sr-only"> à {targetLabel}</span>
          </summary>
          <div className="mt-4">
            <PracticePicker
              idPrefix={idPrefix}
              targetLabel={targetLabel}
              search={searchPracticesAction.bind(null, eventId)}
              link={linkPracticeAction.bind(null, eventId, agendaItemId, workshopId)}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
