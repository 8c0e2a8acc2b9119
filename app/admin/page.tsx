import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { TourEventsTable } from '@/components/admin/tour-events-table';
import { primaryButton } from '@/components/espace/form-status';
import { FilterActions, FilterForm, FilterSelect, selectClass } from '@/components/filter-form';
import { listTourEvents, type TourOverview } from '@/lib/admin/events';
import { EVENT_STATUS_LABELS, EVENT_STATUS_PARAMS, parseTourFilters, tourFiltersQuery, type EventStatus } from '@/lib/admin/tour-filters';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { STATUS_LABELS, STATUS_PARAMS, type RegistrationStatus } from '@/lib/registrations/list-filters';

export const metadata: Metadata = { title: 'Rencontres' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Its own boundary. The layout gates the console; what this page reads is checked by its use case.
export default function AdminEventsPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement des rencontres…</p>}>
      <AdminEvents {...props} />
    </Suspense>
  );
}

async function AdminEvents({ searchParams }: Props) {
  const user = await requireUser();
  const filters = parseTourFilters(await searchParams);
  const overview = await orNotFoundAsync(() => listTourEvents(user, filters, { now: new Date() }));
  const filtered = !!(filters.edition || filters.regionCode || filters.status);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-marine-900">Rencontres du Tour</h1>
        <Link href="/espace/rencontres/nouvelle" className={`${primaryButton} no-underline`}>
          Créer une rencontre
        </Link>
      </div>
      <p className="max-w-3xl text-slate-800">
        Toutes les rencontres de toutes les éditions, quel que soit leur statut. Le remplissage rapporte les inscriptions confirmées à la
        capacité ; la présence rapporte les personnes accueillies aux inscriptions confirmées, pour les rencontres qui ont eu lieu.
      </p>

      <section aria-labelledby="filtres-rencontres">
        <h2 id="filtres-rencontres" className="sr-only">
          Filtrer les rencontres
        </h2>
        <Filters overview={overview} />
      </section>

      <section aria-labelledby="liste-rencontres" className="space-y-4">
        <h2 id="liste-rencontres" className="text-xl font-bold text-marine-900">
          {overview.events.length === 0
            ? 'Aucune rencontre ne correspond.'
            : `${overview.events.length} rencontre${overview.events.length > 1 ? 's' : ''}${filtered ? ' avec ces filtres' : ''}`}
        </h2>
        {overview.events.length > 0 ? <TourEventsTable events={overview.events} totals={overview.totals} /> : null}
      </section>

      <ExportForm overview={overview} />
    </div>
  );
}


function Filters({ overview }: { overview: TourOverview }) {
  const { filters, editions, regions } = overview;
  return (
    <FilterForm action="/admin" label="Filtrer les rencontres">
      <div className="grid gap-4 md:grid-cols-3">
        <FilterSelect id="filtre-edition" name="edition" label="Édition" value={filters.edition ? String(filters.edition) : ''} allLabel="Toutes les éditions" options={editions.map((e) => ({ value: String(e), label: String(e) }))} />
        <FilterSelect id="filtre-region" name="region" label="Région" value={filters.regionCode ?? ''} allLabel="Toutes les régions" options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        <FilterSelect id="filtre-statut" name="statut" label="Statut" value={filters.status ? EVENT_STATUS_PARAMS[filters.status] : ''} allLabel="Tous les statuts" options={(Object.keys(EVENT_STATUS_PARAMS) as EventStatus[]).map((status) => ({ value: EVENT_STATUS_PARAMS[status], label: EVENT_STATUS_LABELS[status] }))} />
      </div>
      <FilterActions clearHref="/admin" />
    </FilterForm>
  );
}

/** A plain GET form to the CSV route: the events' filters ride along, hidden, with a registration status. */
function ExportForm({ overview }: { overview: TourOverview }) {
  const { filters, totals } = overview;
  const hidden = new URLSearchParams(tourFiltersQuery({ ...filters, registrationStatus: undefined }).slice(1));
  return (
    <section aria-labelledby="export-inscriptions" className="space-y-3">
      <h2 id="export-inscriptions" className="text-xl font-bold text-marine-900">
        Exporter les inscriptions
      </h2>
      <p className="max-w-3xl text-slate-800">
        Toutes les inscriptions des {totals.events} rencontre{totals.events > 1 ? 's' : ''} affichée{totals.events > 1 ? 's' : ''}, dans un
        fichier CSV pour Excel : une ligne par inscription, avec la rencontre, la région et la date, puis une colonne par créneau
        d’ateliers (Atelier 1, Atelier 2…).
      </p>
      <form method="get" action="/admin/export.csv" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4">
        {[...hidden].map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div>
          <label htmlFor="export-statut" className="font-semibold text-slate-900">
            Inscriptions à exporter
          </label>
          <select id="export-statut" name="inscriptions" defaultValue="" className={selectClass}>
            <option value="">Tous les statuts</option>
            {(Object.keys(STATUS_PARAMS) as RegistrationStatus[]).map((status) => (
              <option key={status} value={STATUS_PARAMS[status]}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-marine-700 px-4 py-2 font-semibold text-white hover:bg-marine-900">
          Exporter en CSV
        </button>
      </form>
    </section>
  );
}
