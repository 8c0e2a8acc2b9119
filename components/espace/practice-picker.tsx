'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ActionResult } from '@/lib/action-result';
import type { EditAnswer } from '@/lib/events/manage/messages';
import { practiceSearchSchema, type PracticeChoice, type PracticeSearchValues } from '@/lib/practices/presentation-schema';
import { FieldError, inputClass } from '../form-field';
import { FormStatus, secondaryButton } from './form-status';
import type { FormStatusValue } from './use-server-form';

type Props = {
  /** Makes the ids of the picker unique on the page. */
  idPrefix: string;
  /** Where the practice is presented: "« Plénière »", "l’atelier A « … »". */
  targetLabel: string;
  search: (values: PracticeSearchValues) => Promise<ActionResult<{ practices: PracticeChoice[] }>>;
  link: (values: { practiceId: string }) => Promise<EditAnswer>;
};

const UNEXPECTED = 'Une erreur inattendue est survenue. Merci de réessayer plus tard.';

/**
 * Picks a published practice by its title: a search form, then its results as a list of radio
 * buttons and a button to link the one chosen. Plain forms, so the keyboard and screen readers
 * work as everywhere else (no combobox).
 */
export function PracticePicker({ idPrefix, targetLabel, search, link }: Props) {
  const form = useForm<PracticeSearchValues>({ resolver: zodResolver(practiceSearchSchema), defaultValues: { q: '' } });
  const [results, setResults] = useState<PracticeChoice[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState<FormStatusValue>(null);
  const [pending, setPending] = useState(false);
  const uid = useId();
  const qId = `${idPrefix}-recherche`;
  const qError = form.formState.errors.q?.message;

  const onSearch = form.handleSubmit(async (values) => {
    setStatus(null);
    setChosen('');
    const answer = await search(values).catch(() => null);
    if (!answer || !answer.ok) {
      setResults(null);
      const fieldMessage = answer && !answer.ok ? answer.error.fields?.q : undefined;
      if (fieldMessage) form.setError('q', { type: 'server', message: fieldMessage }, { shouldFocus: true });
      else setStatus({ ok: false, message: answer && !answer.ok ? answer.error.message : UNEXPECTED });
      return;
    }
    const found = answer.data.practices;
    setResults(found);
    const n = found.length;
    setStatus({
      ok: true,
      message: n === 0 ? `Aucune pratique publiée ne correspond à « ${values.q.trim()} ».` : `${n} pratique${n > 1 ? 's' : ''} publiée${n > 1 ? 's' : ''} trouvée${n > 1 ? 's' : ''}.`,
    });
  });

  async function onLink(event: React.FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setStatus({ ok: false, message: 'Choisissez une pratique parmi les résultats.' });
      return;
    }
    setPending(true);
    const answer = await link({ practiceId: chosen }).catch(() => null);
    setPending(false);
    if (answer?.ok) {
      setResults(null);
      setChosen('');
      form.reset();
    }
    setStatus(answer ? { ok: answer.ok, message: answer.ok ? answer.data.message : answer.error.message } : { ok: false, message: UNEXPECTED });
  }

  return (
    <div className="space-y-3">
      <form noValidate onSubmit={onSearch} role="search" aria-label={`Chercher une pratique présentée à ${targetLabel}`} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow">
          <label htmlFor={qId} className="font-semibold text-slate-900">
            Titre de la pratique <span className="sr-only">présentée à {targetLabel}</span>
          </label>
          <p id={`${qId}-aide`} className="text-sm text-slate-700">
            Toutes les pratiques publiées, de toutes les régions.
          </p>
          <input
            {...form.register('q')}
            id={qId}
            type="search"
            className={inputClass}
            aria-invalid={qError ? true : undefined}
            aria-describedby={[`${qId}-aide`, qError ? `${qId}-erreur` : null].filter(Boolean).join(' ')}
          />
          <FieldError id={`${qId}-erreur`} message={qError} />
        </div>
        <button type="submit" disabled={form.formState.isSubmitting} className={secondaryButton}>
          Chercher<span className="sr-only"> une pratique</span>
        </button>
      </form>
      <FormStatus status={status} id={`${idPrefix}-resultat`} />
      {results && results.length > 0 ? (
        <form onSubmit={onLink} className="space-y-3">
          <fieldset>
            <legend className="font-semibold text-slate-900">Pratique présentée à {targetLabel}</legend>
            <ul className="mt-2 space-y-2">
              {results.map((p) => {
                const id = `${uid}-${p.id}`;
                return (
                  <li key={p.id} className="flex items-start gap-2">
                    <input id={id} type="radio" name="practiceId" value={p.id} checked={chosen === p.id} onChange={() => setChosen(p.id)} className="mt-1.5 h-4 w-4" />
                    <label htmlFor={id} className="min-w-0 break-words">
                      <span className="font-semibold">{p.title}</span> <span className="text-slate-700">({p.regionName})</span>
                      {p.summary ? <span className="block text-sm text-slate-700">{p.summary}</span> : null}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <button type="submit" disabled={pending} className={secondaryButton}>
            {pending ? 'Enregistrement…' : 'Associer cette pratique'}
          </button>
        </form>
      ) : null}
    </div>
  );
}
