import Link from 'next/link';
import { Pagination } from '@/components/admin/pagination';
import { FilterActions, FilterForm, FilterSelect } from '@/components/filter-form';
import { moderationQuery } from '@/lib/practices/moderation-filters';
import type { ModerationQueue } from '@/lib/practices/moderation-queue';
import { PRACTICE_STATUS_LABELS, PRACTICE_THEME_KEYS, PRACTICE_THEMES } from '@/lib/practices/model';
import { QueueTable } from './queue-table';

/** The queue with its counts per status, its filters (kept in the URL) and its pages. */
export function QueueView({ queue, base }: { queue: ModerationQueue; base: string }) {
  const { filters, counts, regions, total } = queue;
  const filtered = !!(filters.status || filters.regionCode || filters.theme);
  return (
    <div className="space-y-6">
      <section aria-labelledby="compteurs-pratiques">
        <h2 id="compteurs-pratiques" className="text-xl font-bold text-marine-900">
          Réponses par statut
        </h2>
        <ul className="mt-3 flex flex-wrap gap-3">
          {counts.map(({ status, count }) => (
            <li key={status}>
              <Link
                href={`${base}${moderationQuery({ ...filters, status, page: 1 })}`}
                aria-current={filters.status === status ? 'true' : undefined}
                className="inline-block rounded border border-slate-300 bg-white px-3 py-2 text-slate-900 no-underline hover:border-marine-700 aria-[current=true]:border-2 aria-[current=true]:border-marine-700"
              >
                <span className="block text-2xl font-bold tabular-nums text-marine-900">{count}</span>
                {PRACTICE_STATUS_LABELS[status]}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <FilterForm action={base} label="Filtrer les réponses">
        <div className="grid gap-4 md:grid-cols-3">
          <FilterSelect
            id="filtre-statut"
            name="statut"
            label="Statut"
            value={filters.status ?? ''}
            allLabel="Tous les statuts"
            options={counts.map(({ status }) => ({ value: status, label: PRACTICE_STATUS_LABELS[status] }))}
          />
          <FilterSelect id="filtre-region" name="region" label="Région" value={filters.regionCode ?? ''} allLabel="Toutes les régions" options={regions.map((r) => ({ value: r.code, label: r.name }))} />
          <FilterSelect id="filtre-theme" name="theme" label="Thème" value={filters.theme ?? ''} allLabel="Tous les thèmes" options={PRACTICE_THEME_KEYS.map((t) => ({ value: t, label: PRACTICE_THEMES[t] }))} />
        </div>
        <FilterActions clearHref={base} />
      </FilterForm>

      <section aria-labelledby="liste-pratiques" className="space-y-4">
        <h2 id="liste-pratiques" className="text-xl font-bold text-marine-900">
          {total === 0 ? 'Aucune réponse ne correspond.' : `${total} réponse${total > 1 ? 's' : ''}${filtered ? ' avec ces filtres' : ''}`}
        </h2>
        {queue.rows.length > 0 ? <QueueTable queue={queue} base={base} /> : null}
        <Pagination label="Pages des réponses" page={queue.page} pageCount={queue.pageCount} hrefFor={(page) => `${base}${moderationQuery({ ...filters, page })}`} />
      </section>
    </div>
  );
}
