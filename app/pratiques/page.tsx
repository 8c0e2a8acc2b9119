import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { Pagination } from '@/components/admin/pagination';
import { FilterActions, FilterForm, FilterSearch, FilterSelect } from '@/components/filter-form';
import { PracticeCard } from '@/components/practices/practice-card';
import { getRegions, type RegionView } from '@/lib/events/public';
import { collectionSearch, parseCollectionFilters, searchCollection, type CollectionFilters } from '@/lib/practices/collection';
import { PRACTICE_THEMES, PRACTICE_THEME_KEYS } from '@/lib/practices/model';
import { getTourSettings, isSurveyOpen } from '@/lib/practices/settings';
import { ORGANISATION_TYPES, organisationTypeLabel } from '@/lib/registrations/organisation-types';

export const metadata: Metadata = {
  title: 'Pratiques inspirantes',
  description: "Les pratiques inspirantes de la clause sociale recueillies par l'enquête nationale du Tour de France et présentées lors des rencontres régionales.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function PracticesPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div>
      <h1 className="text-3xl font-bold text-marine-900">Pratiques inspirantes</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Les pratiques de la clause sociale recueillies par l&apos;enquête nationale, relues par Alliance Villes Emploi et présentées
        lors des rencontres régionales. Cherchez par mots (les accents et les pluriels sont pris en compte), filtrez par région,
        thème, type de structure ou quartier prioritaire.
      </p>
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
        <Link href="/pratiques/recueil">Lire le recueil national</Link>
        <a href="/pratiques/recueil.pdf">
          Télécharger le recueil <span className="text-slate-700">(PDF)</span>
        </a>
      </p>
      <Suspense fallback={<p className="mt-6 text-slate-700">Chargement des pratiques…</p>}>
        <Collection searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function Collection({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const [params, regions, settings] = await Promise.all([searchParams, getRegions(), getTourSettings()]);
  const filters = parseCollectionFilters(params, regions.map((r) => r.code));
  const result = await searchCollection(filters);
  const surveyOpen = isSurveyOpen(settings.survey, new Date());
  return (
    <>
      {surveyOpen ? (
        <p className="mt-4 rounded border border-marine-100 bg-marine-50 p-3 text-slate-900">
          Vous menez une action qui pourrait inspirer d&apos;autres territoires ? <Link href="/enquete">Répondez à l&apos;enquête nationale</Link>.
        </p>
      ) : null}
      <SearchForm filters={filters} regions={regions} />
      <p className="mt-6 font-semibold text-slate-800" role="status">
        {result.total === 0 ? 'Aucune pratique ne correspond' : result.total === 1 ? '1 pratique' : `${result.total} pratiques`}
        {describeFilters(filters, regions)}
      </p>
      {result.practices.length > 0 ? (
        <ul className="mt-4 grid gap-4 md:grid-cols-2" aria-label="Résultats">
          {result.practices.map((practice) => (
            <li key={practice.slug}>
              <PracticeCard practice={practice} />
            </li>
          ))}
        </ul>
      ) : result.similar.length > 0 ? (
        <section aria-labelledby="approchant" className="mt-4">
          <h2 id="approchant" className="text-xl font-bold text-marine-900">
            Des titres proches de « {filters.q} »
          </h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2">
            {result.similar.map((practice) => (
              <li key={practice.slug}>
                <PracticeCard practice={practice} headingLevel="h3" />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mt-2 text-slate-700">
          Essayez d&apos;autres mots ou <a href="/pratiques">effacez les filtres</a>.
        </p>
      )}
      <div className="mt-6">
        <Pagination
          label="Pages de résultats"
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(page) => `/pratiques${collectionSearch({ ...filters, page })}`}
        />
      </div>
    </>
  );
}

function describeFilters(filters: CollectionFilters, regions: RegionView[]) {
  const parts = [
    filters.q && `pour « ${filters.q} »`,
    filters.region && `en ${regions.find((r) => r.code === filters.region)?.name}`,
    filters.theme && `sur le thème « ${PRACTICE_THEMES[filters.theme]} »`,
    filters.organisationType && `portées par : ${organisationTypeLabel(filters.organisationType)}`,
    filters.qpv !== undefined && (filters.qpv ? 'en QPV' : 'hors QPV'),
  ].filter(Boolean);
  const pages = filters.page > 1 ? ` (page ${filters.page})` : '';
  return parts.length ? ` ${parts.join(', ')}${pages}` : pages;
}

function SearchForm({ filters, regions }: { filters: CollectionFilters; regions: RegionView[] }) {
  return (
    <FilterForm action="/pratiques" label="Chercher une pratique">
      <FilterSearch
        id="recherche"
        name="q"
        label="Rechercher"
        hint="Des mots du titre ou du texte : « école inclusive », « heures d'insertion », une commune…"
        value={filters.q ?? ''}
      />
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect id="filtre-region" name="region" label="Région" value={filters.region ?? ''} allLabel="Toutes les régions" options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        <FilterSelect id="filtre-theme" name="theme" label="Thème" value={filters.theme ?? ''} allLabel="Tous les thèmes" options={PRACTICE_THEME_KEYS.map((t) => ({ value: t, label: PRACTICE_THEMES[t] }))} />
        <FilterSelect id="filtre-type" name="type" label="Type de structure" value={filters.organisationType ?? ''} allLabel="Tous les types" options={ORGANISATION_TYPES} />
        <FilterSelect
          id="filtre-qpv"
          name="qpv"
          label="Quartier prioritaire (QPV)"
          value={filters.qpv === undefined ? '' : filters.qpv ? 'oui' : 'non'}
          allLabel="En QPV ou non"
          options={[
            { value: 'oui', label: 'En QPV' },
            { value: 'non', label: 'Hors QPV' },
          ]}
        />
      </div>
      <FilterActions clearHref="/pratiques" submitLabel="Rechercher" />
    </FilterForm>
  );
}
