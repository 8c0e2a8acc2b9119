'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm, type FieldErrors, type Path } from 'react-hook-form';
import type { ActionResult } from '@/lib/action-result';
import { MAX_LINKS, surveySchema, type SurveyFormValues, type SurveyInput } from '@/lib/practices/survey-schema';
import { primaryButton, secondaryButton } from '../espace/form-status';
import { callAction } from '../espace/use-server-form';
import { ConsentFields, PlaceFields, PracticeFields, RespondentFields, ResultFields, type RegionOption } from './survey-fields';

type Props = {
  regions: RegionOption[];
  defaultValues: SurveyFormValues;
  /** The server action: a redirect after a submission (or a new draft), else its message. */
  action: (values: SurveyInput) => Promise<ActionResult<{ message: string }>>;
  /** Whether "Enregistrer le brouillon" is offered (not for an answer sent back by moderation). */
  allowDraft: boolean;
  submitLabel?: string;
};

type Problem = { field: string; id: string; message: string };

// The fields in the order of the page: the error summary lists them so.
const PAGE_ORDER = [
  'respondentName', 'respondentRole', 'email', 'respondentOrganisation', 'respondentOrganisationType', 'regionCode', 'department',
  'communes', 'qpv', 'qpvNames', 'title', 'themes', 'otherTheme', 'actors', 'context', 'actions', 'period',
  'results', 'insertionHours', 'peopleHired', 'difficulties', 'reproduce',
  ...Array.from({ length: MAX_LINKS }, (_, i) => `links.${i}`),
  'consentPublication', 'consentContact',
];

/** The element a summary's link leads to: the control itself, or the first of a group. */
function controlId(field: string): string {
  if (field === 'qpv') return 'qpv-oui';
  if (field === 'themes') return 'themes-innover';
  if (field.startsWith('links.')) return field.replace('.', '-');
  return field;
}

/** The browser's errors (nested, as react-hook-form keeps them), or the server's (flat paths). */
function problemsOf(errors: FieldErrors<SurveyFormValues> | Record<string, string>): Problem[] {
  const messageAt = (path: string) => {
    const flat = (errors as Record<string, unknown>)[path];
    if (typeof flat === 'string') return flat;
    let node: unknown = errors;
    for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
    return (node as { message?: string } | undefined)?.message;
  };
  return PAGE_ORDER.flatMap((field) => {
    const message = messageAt(field);
    return message ? [{ field, id: controlId(field), message }] : [];
  });
}

/**
 * The survey's form: checked in the browser by the server's schema (a draft needs only the e-mail),
 * every refusal listed at the top with a link to its field, the summary taking the focus.
 */
export function SurveyForm({ regions, defaultValues, action, allowDraft, submitLabel = 'Envoyer ma réponse' }: Props) {
  const form = useForm<SurveyFormValues, unknown, SurveyInput>({ resolver: zodResolver(surveySchema), defaultValues, shouldFocusError: false });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const pending = form.formState.isSubmitting;

  const focusSummary = () => setTimeout(() => summaryRef.current?.focus(), 0);

  async function send(values: SurveyInput) {
    setStatus(null);
    setProblems([]);
    const answer = await callAction(action, values);
    if (!answer) return;
    if (answer.ok) {
      setStatus({ ok: true, message: answer.data.message });
    } else {
      setStatus({ ok: false, message: answer.error.message });
      const fields = answer.error.fields ?? {};
      for (const [name, message] of Object.entries(fields)) form.setError(name as Path<SurveyFormValues>, { type: 'server', message });
      setProblems(problemsOf(fields));
    }
    focusSummary();
  }

  const submitWith = (intent: 'draft' | 'submit') => {
    form.setValue('intent', intent);
    form.clearErrors();
    return form.handleSubmit(send, (errors) => {
      setStatus({ ok: false, message: intent === 'draft' ? 'Le brouillon n’a pas pu être enregistré :' : 'Certaines réponses sont à compléter ou à corriger :' });
      setProblems(problemsOf(errors));
      focusSummary();
    })();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submitWith('submit');
      }}
      className="space-y-10"
      aria-describedby="champs-obligatoires"
    >
      <p id="champs-obligatoires" className="text-sm text-slate-700">
        Les champs marqués « obligatoire » sont nécessaires pour envoyer votre réponse.
        {allowDraft ? ' Pour enregistrer un brouillon et y revenir plus tard, seule votre adresse e-mail est demandée.' : ''}
      </p>
      <div ref={summaryRef} tabIndex={-1} id="resultat-enquete" aria-live="polite" className="focus:outline-none">
        {status ? (
          <div className={`rounded border-2 p-4 ${status.ok ? 'border-marine-600 bg-marine-50 text-marine-900' : 'border-corail-700 bg-corail-50 text-corail-700'}`}>
            <p className="font-semibold">{status.message}</p>
            {problems.length > 0 ? (
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {problems.map((p) => (
                  <li key={p.field}>
                    <a
                      href={`#${p.id}`}
                      className="text-corail-700 underline"
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(p.id)?.focus();
                      }}
                    >
                      {p.message}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>

      <RespondentFields form={form} regions={regions} />
      <PlaceFields form={form} />
      <PracticeFields form={form} />
      <ResultFields form={form} />
      <ConsentFields form={form} />

      <div className="flex flex-wrap gap-4">
        <button type="submit" disabled={pending} className={`${primaryButton} py-3`}>
          {pending ? 'Envoi en cours…' : submitLabel}
        </button>
        {allowDraft ? (
          <button type="button" disabled={pending} onClick={() => void submitWith('draft')} className={`${secondaryButton} px-5 py-3`}>
            Enregistrer le brouillon
          </button>
        ) : null}
      </div>
    </form>
  );
}
