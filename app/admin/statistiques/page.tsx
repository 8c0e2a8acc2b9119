import type { Metadata } from 'next';
import { Suspense } from 'react';
import { FilterActions, FilterForm, FilterSelect } from '@/components/filter-form';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { parseStatsFilters, statsQuery } from '@/lib/stats/filters';
import { formatCount, formatRatio } from '@/lib/stats/format';
import type { StatTableSlug } from '@/lib/stats/tables';
import { getTourStatistics, type TourStatistics } from '@/lib/stats/tour-statistics';
import { KeyFigureList } from '@/components/key-figure-list';
import { PracticeSections } from './practice-sections';
import { StatSection } from './stat-section';

export const metadata: Metadata = { title: 'Statistiques' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = '/admin/statistiques';

// Its own boundary, so that moving between the pages of /admin never waits for the database.
export default function StatisticsPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-slate-700">Chargement des statistiques…</p>}>
      <Statistics {...props} />
    </Suspense>
  );
}

const SECTIONS: { slug: StatTableSlug; heading: string; intro: string }[] = [
  {
    slug: 'regions',
    heading: 'Inscriptions et personnes par région',
    intro:
      'Inscriptions confirmées ou en liste d’attente. Une personne inscrite à plusieurs rencontres compte une fois par région, et une seule fois dans le total.',
  },
  {
    slug: 'organisations',
    heading: 'Types d’organisation',
    intro: 'Le type d’organisation déclaré à l’inscription (inscriptions confirmées ou en liste d’attente).',
  },
  {
    slug: 'mondes',
    heading: 'Les quatre mondes du Tour',
    intro:
      'Emploi (service public de l’emploi, SIAE, facilitateurs, entreprises), habitat (bailleurs sociaux), politique de la ville (collectivités, État et agences, associations), renouvellement urbain (maîtres d’ouvrage) : part des participants confirmés.',
  },
  {
    slug: 'departements',
    heading: 'Territoires',
    intro:
      'Le département d’après le code postal indiqué : deux premiers chiffres, trois outre-mer (974…), 2A ou 2B en Corse. Sans code postal, ou avec un code qui ne correspond à aucun département : « Non renseigné ».',
  },
  {
    slug: 'ateliers',
    heading: 'Popularité des ateliers',
    intro: 'Choix confirmés rapportés à la capacité de chaque atelier, toutes rencontres confondues.',
  },
  {
    slug: 'presence',
    heading: 'Taux de présence',
    intro: 'Personnes accueillies le jour J rapportées aux inscriptions confirmées, pour les rencontres qui ont déjà eu lieu.',
  },
  {
    slug: 'fidelite',
    heading: 'Participants fidèles',
    intro: 'Personnes confirmées à deux rencontres différentes ou plus (la même adresse e-mail, quelle que soit sa casse).',
  },
];

async function Statistics({ searchParams }: Props) {
  const user = await requireUser();
  const filters = parseStatsFilters(await searchParams);
  const stats = await orNotFoundAsync(() => getTourStatistics(user, filters));
  const query = statsQuery(stats.filters);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold text-marine-900">Statistiques du Tour</h1>
        <p className="mt-1 text-slate-800">
          {describeFilters(stats)}. Les inscriptions annulées et les rencontres annulées ne comptent nulle part.
        </p>
        <Filters stats={stats} />
      </div>
      <KeyFigures stats={stats} />
      {SECTIONS.map((section) => (
        <StatSection key={section.slug} stats={stats} query={query} {...section} />
      ))}
      <PracticeSections stats={stats} query={query} />
    </div>
  );
}

function describeFilters(stats: TourStatistics): string {
  const { edition, regionCode } = stats.filters;
  const region = stats.options.regions.find((r) => r.code === regionCode)?.name;
  return `${edition !== undefined ? `Édition ${edition}` : 'Toutes les éditions'} · ${region ?? 'toutes les régions'}`;
}


function Filters({ stats }: { stats: TourStatistics }) {
  const { filters, options } = stats;
  // An edition typed in the URL that has no event yet stays selected (its figures are zeros).
  const editions = filters.edition === undefined || options.editions.includes(filters.edition) ? options.editions : [filters.edition, ...options.editions];
  return (
    <FilterForm action={PATH} label="Filtrer les statistiques">
      <div className="grid gap-4 md:grid-cols-2">
        <FilterSelect id="filtre-edition" name="edition" label="Édition" value={filters.edition ? String(filters.edition) : ''} allLabel="Toutes les éditions" options={editions.map((e) => ({ value: String(e), label: String(e) }))} />
        <FilterSelect id="filtre-region" name="region" label="Région" value={filters.regionCode ?? ''} allLabel="Toutes les régions" options={options.regions.map((r) => ({ value: r.code, label: r.name }))} />
      </div>
      <FilterActions clearHref={PATH} submitLabel="Afficher" />
    </FilterForm>
  );
}

function KeyFigures({ stats }: { stats: TourStatistics }) {
  const { totals, checkIn, repeatAttendees } = stats;
  const items: [string, string][] = [
    ['Rencontres', formatCount(totals.events)],
    ['Inscriptions', formatCount(totals.registrations)],
    ['Personnes uniques', formatCount(totals.people)],
    ['Participants confirmés (personnes)', formatCount(totals.attendees)],
    ['Taux de présence', formatRatio(checkIn.overall.rate)],
    ['Venus à plusieurs rencontres', `${formatCount(repeatAttendees.repeat)} (${formatRatio(repeatAttendees.share)})`],
  ];
  return (
    <section aria-labelledby="en-bref" className="space-y-4">
      <h2 id="en-bref" className="text-xl font-bold text-marine-900">
        En bref
      </h2>
      <KeyFigureList items={items} className="lg:grid-cols-6" />
    </section>
  );
}
