import type { EventStatus } from '@/lib/events/model';

const BADGES: Record<EventStatus, { label: string; className: string }> = {
  draft: { label: 'Brouillon', className: 'border-slate-400 bg-slate-100 text-slate-800' },
  published: { label: 'Publiée', className: 'border-marine-600 bg-marine-50 text-marine-900' },
  cancelled: { label: 'Annulée', className: 'border-corail-600 bg-corail-50 text-corail-700' },
};

export const statusLabel = (status: EventStatus) => BADGES[status].label;

export function StatusBadge({ status }: { status: EventStatus }) {
  const badge = BADGES[status];
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${badge.className}`}>{badge.label}</span>;
}
