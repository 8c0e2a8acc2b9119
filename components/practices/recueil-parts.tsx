import Link from 'next/link';
import { figures, practiceAnchor, qpvLabel, themeLabels, type RecueilPractice, type RegionSection, type ThemeSection } from '@/lib/recueil/model';
import { presentationLine } from '@/lib/recueil/presentation';

const h2 = 'text-2xl font-bold text-marine-900';
const h3 = 'text-lg font-bold text-marine-900';

/** The entries of a section of the contents or the index, each linking to its entry below. */
function EntryLinks({ practices, withRegion }: { practices: RecueilPractice[]; withRegion: boolean }) {
  return (
    <ul className="mt-2 space-y-1">
      {practices.map((p) => (
        <li key={p.slug} className="break-words">
          <a href={`#${practiceAnchor(p)}`}>{p.title}</a>
          {withRegion ? <span className="text-slate-700"> — {p.region.name}</span> : null}
        </li>
      ))}
    </ul>
  );
}

type Group = { key: string; label: string; practices: RecueilPractice[] };

/** A part of the recueil that lists the entries in groups (h3), each entry linking to its anchor. */
function GroupedEntries({ id, title, groups, withRegion, empty }: { id: string; title: string; groups: Group[]; withRegion: boolean; empty?: string }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className={h2}>
        {title}
      </h2>
      {groups.length === 0 && empty ? <p className="text-slate-800">{empty}</p> : null}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`${id}-${group.key}`}>
          <h3 id={`${id}-${group.key}`} className={h3}>
            {group.label} <span className="font-normal text-slate-700">({group.practices.length})</span>
          </h3>
          <EntryLinks practices={group.practices} withRegion={withRegion} />
        </section>
      ))}
    </section>
  );
}

export function RecueilContents({ themes }: { themes: ThemeSection[] }) {
  const groups = themes.map((t) => ({ key: t.theme, label: t.label, practices: t.practices }));
  return <GroupedEntries id="sommaire" title="Sommaire par thème" groups={groups} withRegion empty="Aucune pratique publiée pour cette sélection." />;
}

export function RecueilIndex({ regions }: { regions: RegionSection[] }) {
  const groups = regions.map((r) => ({ key: r.code, label: r.name, practices: r.practices }));
  return <GroupedEntries id="index-regions" title="Index par région" groups={groups} withRegion={false} />;
}

function Fact({ label, value }: { label: string; value: string }) {
  if (!value.trim()) return null;
  return (
    <div className="sm:flex sm:gap-2">
      <dt className="font-semibold text-slate-800 sm:w-40 sm:shrink-0">{label}</dt>
      <dd className="break-words text-slate-900">{value}</dd>
    </div>
  );
}

/** One practice in the web recueil: its territory, themes and figures; the whole text is on its page. */
export function RecueilEntry({ practice: p }: { practice: RecueilPractice }) {
  const numbers = figures(p);
  return (
    <article id={practiceAnchor(p)} aria-labelledby={`${practiceAnchor(p)}-titre`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 id={`${practiceAnchor(p)}-titre`} className="text-xl font-bold break-words text-marine-900">
        {p.title}
      </h3>
      <p className="mt-1 font-semibold text-corail-700">{[p.region.name, p.department.trim()].filter(Boolean).join(' · ')}</p>
      {p.summary.trim() ? <p className="mt-2 break-words text-slate-800">{p.summary}</p> : null}
      <dl className="mt-3 space-y-1 border-y border-slate-200 py-2">
        <Fact label="Communes" value={p.communes} />
        <Fact label="QPV concerné" value={qpvLabel(p)} />
        <Fact label="Thèmes" value={themeLabels(p).join(' ; ')} />
        <Fact label="Période" value={p.period} />
        <Fact label="Acteurs" value={p.actors} />
        <Fact label="Résultats" value={numbers.map((f) => `${f.value} ${f.label}`).join(', ')} />
      </dl>
      {p.presentations.length > 0 ? (
        <div className="mt-3">
          <p className="font-semibold text-slate-800">Présentée lors des rencontres</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {p.presentations.map((m, i) => (
              <li key={i} className="break-words">
                <Link href={`/rencontres/${m.eventSlug}`}>{presentationLine(m)}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-3">
        <Link href={`/pratiques/${p.slug}`}>
          Lire la fiche complète<span className="sr-only"> : {p.title}</span>
        </Link>
      </p>
    </article>
  );
}
