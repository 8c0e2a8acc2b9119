import { PRACTICE_STATUS_LABELS, type PracticeStatus } from '@/lib/practices/model';

const CLASSES: Record<PracticeStatus, string> = {
  draft: 'border-slate-400 bg-slate-100 text-slate-800',
  submitted: 'border-corail-700 bg-white text-corail-700',
  changes_requested: 'border-slate-500 bg-slate-100 text-slate-900',
  published: 'border-marine-600 bg-marine-50 text-marine-900',
  declined: 'border-corail-600 bg-corail-50 text-corail-700',
  unpublished: 'border-slate-400 bg-white text-slate-800',
};

/** The moderation status of an answer, as a badge. */
export function PracticeStatusBadge({ status }: { status: PracticeStatus }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${CLASSES[status]}`}>{PRACTICE_STATUS_LABELS[status]}</span>;
}
