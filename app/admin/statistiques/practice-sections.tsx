import { formatCount, formatRatio } from '@/lib/stats/format';
import type { StatTableSlug } from '@/lib/stats/tables';
import type { TourStatistics } from '@/lib/stats/tour-statistics';
import { KeyFigureList } from '@/components/key-figure-list';
import { StatSection } from './stat-section';

const SECTIONS: { slug: StatTableSlug; heading: string; intro: string }[] = [
  {
    slug: 'pratiques-regions',
    heading: 'Réponses et pratiques publiées par région',
    intro: 'Une réponse reçue est une réponse envoyée au moins une fois (les brouillons ne comptent pas) ; la région est celle de la pratique.',
  },
  {
    slug: 'pratiques-themes',
    heading: 'Thèmes des pratiques',
    intro: 'Une pratique qui relève de plusieurs thèmes compte une fois dans chacun : la somme des lignes dépasse donc le nombre de réponses.',
  },
  {
    slug: 'pratiques-organisations',
    heading: 'Types d’organisation des répondants',
    intro: 'Le type d’organisation déclaré par la personne qui a répondu à l’enquête.',
  },
  {
    slug: 'pratiques-presentees',
    heading: 'Pratiques présentées lors des rencontres',
    intro: 'Chaque pratique associée à un temps ou à un atelier d’une rencontre publiée, avec la date de la rencontre ; l’édition et la région filtrent les rencontres.',
  },
];

/** The figures of the pratiques inspirantes: key numbers, then one statistic per table. */
export function PracticeSections({ stats, query }: { stats: TourStatistics; query: string }) {
  const { total, presentations } = stats.practices;
  const items: [string, string][] = [
    ['Réponses reçues', formatCount(total.received)],
    ['Pratiques publiées', `${formatCount(total.published)} (${formatRatio(total.received ? total.published / total.received : null)})`],
    ['Présentations en rencontre', formatCount(presentations.length)],
  ];
  return (
    <section aria-labelledby="stat-pratiques" className="space-y-8">
      <div className="space-y-4">
        <h2 id="stat-pratiques" className="text-xl font-bold text-marine-900">
          Pratiques inspirantes
        </h2>
        <p className="text-slate-800">
          Les réponses à l’enquête nationale et leur publication. Les réponses n’ont pas d’édition : le filtre de région porte sur la région de la
          pratique, celui d’édition seulement sur les rencontres où elles ont été présentées.
        </p>
        <KeyFigureList items={items} />
      </div>
      {SECTIONS.map((section) => (
        <StatSection key={section.slug} stats={stats} query={query} level={3} {...section} />
      ))}
    </section>
  );
}
