import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { EventList } from '@/components/event-card';
import { FilterActions, FilterForm as FilterFormShell, FilterSelect } from '@/components/filter-form';
import { applyFilters, editionsOf, filtersToSearch, parseFilters, type EventFilters } from '@/lib/events/filters';
import { getPublicEvents, getRegions, type RegionView } from '@/lib/events/public';

export const metadata: Metadata = { title: 'Les rencontres régionales' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function EventsPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div>
      <h1 className="text-3xl font-bold text-marine-900">Les rencontres régionales</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Chaque rencontre réunit pour une journée les acteurs de l&apos;emploi, de l&apos;habitat, de la politique de la ville et
        du renouvellement urbain d&apos;une région. Filtrez par région, par édition ou par période.
      </p>
      <Suspense fallback={<p className="mt-6 text-slate-700">Chargement des rencontres…</p>}>
        <FilteredEvents searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function FilteredEvents({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const now = new Date();
  const [params, events, regions] = await Promise.all([searchParams, getPublicEvents(), getRegions()]);
  const filters = parseFilters(params, regions.map((r) => r.code));
  const shown = applyFilters(events, filters, now);
  return (
    <>
      <FilterForm filters={filters} regions={regions} editions={editionsOf(events)} />
      <p className="mt-6 font-semibold text-slate-800" role="status">
        {shown.length === 0 ? 'Aucune rencontre ne correspond' : shown.length === 1 ? '1 rencontre' : `${shown.length} rencontres`}
        {describeFilters(filters, regions)}
      </p>
      <div className="mt-4">
        <EventList events={shown} now={now} emptyText="Essayez d'élargir votre recherche." />
      </div>
      {filters.period === 'a-venir' ? (
        <p className="mt-6">
          <Link href={`/rencontres${filtersToSearch({ ...filters, period: 'passees' })}`}>Voir les rencontres passées</Link>
          {' · '}
          <Link href={`/rencontres${filtersToSearch({ ...filters, period: 'toutes' })}`}>Toutes les rencontres</Link>
        </p>
      ) : null}
    </>
  );
}

function describeFilters(filters: EventFilters, regions: RegionView[]) {
  const parts = [
    filters.region && `en ${regions.find((r) => r.code === filters.region)?.name}`,
    filters.edition && `de l'édition ${filters.edition}`,
    filters.period === 'toutes' ? null : filters.period === 'a-venir' ? 'à venir' : 'passées',
  ].filter(Boolean);
  return parts.length ? ` ${parts.join(', ')}` : '';
}


function FilterForm({ filters, regions, editions }: { filters: EventFilters; regions: RegionView[]; editions: number[] }) {
  return (
    <FilterFormShell action="/rencontres" label="Filtrer les rencontres">
      <div className="grid gap-4 sm:grid-cols-3">
        <FilterSelect id="filtre-region" name="region" label="Région" value={filters.region ?? ''} allLabel="Toutes les régions" options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        <FilterSelect id="filtre-edition" name="edition" label="Édition" value={filters.edition ? String(filters.edition) : ''} allLabel="Toutes les éditions" options={editions.map((e) => ({ value: String(e), label: String(e) }))} />
        <FilterSelect
          id="filtre-periode"
          name="periode"
          label="Période"
          value={filters.period === 'a-venir' ? '' : filters.period}
          allLabel="À venir"
          options={[
            { value: 'passees', label: 'Passées' },
            { value: 'toutes', label: 'À venir et passées' },
          ]}
        />
      </div>
      <FilterActions clearHref="/rencontres" />
    </FilterFormShell>
  );
}
