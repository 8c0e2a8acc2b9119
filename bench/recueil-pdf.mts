// How long the recueil's PDF takes to generate (two layouts: the page numbers of the contents and
// the index come from the first): `npx tsx bench/recueil-pdf.mts [count…]`. No database: practices
// of a typical survey answer's length (about one page each), over every theme and region.
import { renderRecueilPdf } from '@/lib/recueil/pdf/render-recueil';
import { DEFAULT_INTRODUCTION } from '@/lib/recueil/content';
import { inRecueilOrder, type RecueilPractice } from '@/lib/recueil/model';
import { PRACTICE_THEME_KEYS } from '@/lib/practices/model';
import { REGIONS } from '@/db/seed/regions';

const sentence = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}. `;
const text = (chars: number, words: string) => sentence(words).repeat(Math.ceil(chars / (words.length + 2))).trim();

function practice(i: number): RecueilPractice {
  const region = REGIONS[i % REGIONS.length];
  return {
    id: `bench-${i}`,
    slug: `pratique-bench-${i}`,
    title: `Exemple fictif n° ${i + 1} : la clause sociale au cœur des « chantiers d’insertion »`,
    summary: text(200, 'un résumé de la démarche menée avec les entreprises du territoire'),
    region: { code: region.code, name: region.name },
    department: 'Département (00)',
    communes: 'Commune-sur-Mer, Saint-Étienne-du-Bois',
    qpv: i % 3 !== 0,
    qpvNames: 'Quartier des Écoles',
    themes: [PRACTICE_THEME_KEYS[i % 7], PRACTICE_THEME_KEYS[(i + 3) % 7]],
    otherTheme: '',
    actors: 'Facilitateur de la clause, PLIE, Maison de l’emploi, bailleur social, entreprises attributaires',
    context: text(600, 'le territoire comptait peu de marchés avec une clause et des entreprises réticentes'),
    actions: text(1200, 'le facilitateur a rencontré chaque entreprise et préparé les candidats repérés'),
    results: text(400, 'les heures réalisées dépassent l’objectif fixé au marché'),
    insertionHours: 1000 + i * 37,
    peopleHired: 3 + (i % 40),
    difficulties: text(400, 'la mobilité des candidats et les délais des chantiers'),
    reproduce: text(400, 'un facilitateur identifié et un acheteur convaincu dès la rédaction'),
    period: '2021 – 2023',
    links: ['https://example.org/pratique'],
    publishedAt: new Date('2030-01-10T10:00:00Z'),
    presentations: [],
  };
}

for (const count of process.argv.slice(2).map(Number).filter(Boolean).concat(process.argv.length > 2 ? [] : [9, 50, 200])) {
  const practices = inRecueilOrder(Array.from({ length: count }, (_, i) => practice(i)));
  const started = performance.now();
  const { pdf, layouts } = await renderRecueilPdf({ generatedAt: new Date(), introduction: DEFAULT_INTRODUCTION, filters: { regionCode: null, theme: null }, regionName: null, practices });
  const ms = Math.round(performance.now() - started);
  console.log(`${count} practices: ${ms} ms, ${Math.round(pdf.length / 1024)} kB, ${layouts} layout(s)`);
}
