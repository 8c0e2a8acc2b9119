import type { FieldDiff } from '@/lib/practices/diff';

/** A text with its words added and removed marked, and said to screen readers. */
function Words({ diff }: { diff: NonNullable<FieldDiff['words']> }) {
  return (
    <p className="whitespace-pre-line break-words">
      {diff.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i} className="bg-marine-100 text-marine-900 underline decoration-2">
            <span className="sr-only">[ajouté : </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={i} className="bg-corail-50 text-corail-700 line-through">
            <span className="sr-only">[retiré : </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </p>
  );
}

const shown = (value: string | null) => (value ? <p className="whitespace-pre-line break-words">{value}</p> : <p className="text-slate-700">(vide)</p>);

/**
 * Field by field, moderation's version; where it differs from the respondent's, the field is marked
 * « modifié » with both versions (a word diff for long texts).
 */
export function PracticeDiff({ diff, hasOriginal }: { diff: FieldDiff[]; hasOriginal: boolean }) {
  const changed = diff.filter((d) => d.changed).length;
  return (
    <div className="space-y-4">
      <p className="text-slate-800">
        {!hasOriginal
          ? 'La version de la personne qui a répondu n’a pas été conservée : aucune comparaison possible.'
          : changed === 0
            ? 'Le texte est celui de la personne qui a répondu : aucun champ modifié.'
            : `${changed} champ${changed > 1 ? 's' : ''} modifié${changed > 1 ? 's' : ''} par la modération par rapport à la version de la personne qui a répondu.`}
      </p>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {diff.map((d) => (
          <div key={d.field} className={`grid grid-cols-[minmax(0,1fr)] gap-2 p-3 md:grid-cols-[12rem_minmax(0,1fr)] ${d.changed ? 'border-l-4 border-corail-600' : ''}`} data-champ={d.field}>
            <dt className="font-semibold text-slate-900">
              {d.label}
              {d.changed ? <span className="ml-2 rounded bg-corail-50 px-1 text-sm font-semibold text-corail-700">modifié</span> : null}
            </dt>
            <dd className="min-w-0 text-slate-900">
              {!d.changed ? (
                shown(d.current)
              ) : d.words ? (
                <Words diff={d.words} />
              ) : (
                <div className="grid gap-2 sm:grid-cols-2">
                  <div>
                    <p className="text-sm font-semibold text-slate-700">Version de la personne</p>
                    <del className="block no-underline">{shown(d.original)}</del>
                  </div>
                  <div>
                    <p className="text-sm font-semibold text-slate-700">Version modérée</p>
                    <ins className="block no-underline">{shown(d.current)}</ins>
                  </div>
                </div>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
