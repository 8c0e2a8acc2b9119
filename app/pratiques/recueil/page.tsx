import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { FilterActions, FilterForm, FilterSelect } from '@/components/filter-form';
import { RecueilContents, RecueilEntry, RecueilIndex } from '@/components/practices/recueil-parts';
import { getRegions } from '@/lib/events/public';
import { PRACTICE_THEMES, PRACTICE_THEME_KEYS } from '@/lib/practices/model';
import { RECUEIL_TITLE } from '@/lib/recueil/content';
import { parseRecueilFilters, recueilQuery } from '@/lib/recueil/filters';
import { loadRecueil } from '@/lib/recueil/load';
import { byRegion, byTheme, paragraphs, practiceCount, type RecueilFilters } from '@/lib/recueil/model';
import { formatDate } from '@/lib/time';

export const metadata: Metadata = {
  title: 'Recueil des pratiques inspirantes',
  description: 'Le recueil national des pratiques inspirantes de la clause sociale, par thème et par région, à lire en ligne ou à télécharger en PDF.',
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function RecueilPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm font-semibold">
          <Link href="/pratiques">Pratiques inspirantes</Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold break-words text-marine-900">{RECUEIL_TITLE}</h1>
      </div>
      <Suspense fallback={<p className="text-slate-700">Chargement du recueil…</p>}>
        <Recueil searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function Recueil({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const filters = parseRecueilFilters(await searchParams);
  const [recueil, regions] = await Promise.all([loadRecueil(filters, { now: new Date() }), getRegions()]);
  const pdfHref = `/pratiques/recueil.pdf${recueilQuery(filters)}`;
  return (
    <>
      <div className="space-y-3">
        <p className="text-lg text-slate-800" role="status">
          {practiceCount(recueil.practices.length)}
          {describe(filters, recueil.regionName)}, au {formatDate(recueil.generatedAt)}.
        </p>
        <p>
          <a href={pdfHref} className="inline-block rounded bg-marine-700 px-4 py-2 font-semibold text-white hover:bg-marine-900">
            Télécharger le recueil en PDF
          </a>
        </p>
        <FilterForm action="/pratiques/recueil" label="Choisir les pratiques du recueil">
          <div className="grid gap-4 sm:grid-cols-2">
            <FilterSelect
              id="recueil-region"
              name="region"
              label="Région"
              value={filters.regionCode ?? ''}
              allLabel="Toutes les régions"
              options={regions.map((r) => ({ value: r.code, label: r.name }))}
            />
            <FilterSelect
              id="recueil-theme"
              name="theme"
              label="Thème"
              value={filters.theme ?? ''}
              allLabel="Tous les thèmes"
              options={PRACTICE_THEME_KEYS.map((t) => ({ value: t, label: PRACTICE_THEMES[t] }))}
            />
          </div>
          <FilterActions clearHref="/pratiques/recueil" submitLabel="Afficher" />
        </FilterForm>
      </div>

      <nav aria-label="Parties du recueil">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <a href="#introduction">Introduction</a>
          </li>
          <li>
            <a href="#sommaire">Sommaire par thème</a>
          </li>
          <li>
            <a href="#pratiques">Les pratiques</a>
          </li>
          <li>
            <a href="#index-regions">Index par région</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="introduction" className="max-w-3xl space-y-3">
        <h2 id="introduction" className="text-2xl font-bold text-marine-900">
          Introduction
        </h2>
        {paragraphs(recueil.introduction).map((p, i) => (
          <p key={i} className="break-words whitespace-pre-line text-slate-800">
            {p}
          </p>
        ))}
      </section>

      <RecueilContents themes={byTheme(recueil.practices)} />

      <section aria-labelledby="pratiques" className="space-y-4">
        <h2 id="pratiques" className="text-2xl font-bold text-marine-900">
          Les pratiques
        </h2>
        {recueil.practices.map((p) => (
          <RecueilEntry key={p.slug} practice={p} />
        ))}
      </section>

      <RecueilIndex regions={byRegion(recueil.practices)} />
    </>
  );
}

/** " en Occitanie, sur le thème « Mobiliser les entreprises »", or '' for the whole recueil. */
function describe(filters: RecueilFilters, regionName: string | null): string {
  const parts = [filters.regionCode && ` en ${regionName ?? 'région inconnue'}`, filters.theme && ` sur le thème « ${PRACTICE_THEMES[filters.theme]} »`];
  return parts.filter(Boolean).join(',');
}
