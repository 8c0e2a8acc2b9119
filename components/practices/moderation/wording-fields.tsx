'use client';

import { get, type UseFormReturn } from 'react-hook-form';
import { FormInput } from '@/components/espace/form-input';
import { Field, FieldError, inputClass } from '@/components/form-field';
import { PRACTICE_THEME_KEYS, PRACTICE_THEMES } from '@/lib/practices/model';
import type { PracticeWordingValues } from '@/lib/practices/moderation-schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by forms whose values extend the wording's
type AnyForm = UseFormReturn<any, unknown, any>;

const message = (form: AnyForm, name: string): string | undefined => {
  const error = get(form.formState.errors, name) as { message?: string; [i: number]: { message?: string } } | undefined;
  return error?.message ?? error?.[0]?.message;
};

/** The practice's wording, as moderation edits it and as a partner proposes it. */
export function WordingFields({ form, regions, idPrefix }: { form: AnyForm; regions: { code: string; name: string }[]; idPrefix: string }) {
  const id = (name: keyof PracticeWordingValues) => `${idPrefix}-${name}`;
  const themesError = message(form, 'themes');
  return (
    <div className="space-y-4">
      <FormInput form={form} name="title" id={id('title')} label="Titre de la pratique" required />
      <FormInput form={form} name="summary" id={id('summary')} label="Résumé" hint="Deux ou trois phrases, montrées dans la collection." rows={3} />
      <div className="grid gap-4 md:grid-cols-3">
        <Field id={id('regionCode')} label="Région" required error={message(form, 'regionCode')}>
          <select {...form.register('regionCode')} id={id('regionCode')} className={inputClass}>
            <option value="">Choisir…</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
        <FormInput form={form} name="department" id={id('department')} label="Département" />
        <FormInput form={form} name="communes" id={id('communes')} label="Commune(s)" />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={id('qpv')} label="Un quartier prioritaire (QPV) est-il concerné ?" error={message(form, 'qpv')}>
          <select {...form.register('qpv')} id={id('qpv')} className={inputClass}>
            <option value="">Non précisé</option>
            <option value="oui">Oui</option>
            <option value="non">Non</option>
          </select>
        </Field>
        <FormInput form={form} name="qpvNames" id={id('qpvNames')} label="QPV concernés" hint="Si oui : leurs noms." />
      </div>
      <fieldset aria-describedby={themesError ? `${id('themes')}-erreur` : undefined}>
        <legend className="font-semibold text-slate-900">
          Thèmes <span className="font-normal text-slate-700">(au moins un)</span>
        </legend>
        <div className="mt-2 grid gap-2 md:grid-cols-2">
          {PRACTICE_THEME_KEYS.map((theme) => (
            <div key={theme} className="flex items-start gap-2">
              <input type="checkbox" value={theme} id={`${id('themes')}-${theme}`} {...form.register('themes')} className="mt-1 h-4 w-4" />
              <label htmlFor={`${id('themes')}-${theme}`} className="text-slate-900">
                {PRACTICE_THEMES[theme]}
              </label>
            </div>
          ))}
        </div>
        <FieldError id={`${id('themes')}-erreur`} message={themesError} />
      </fieldset>
      <FormInput form={form} name="otherTheme" id={id('otherTheme')} label="Autre thème" hint="Si « Autre » est coché." />
      <FormInput form={form} name="actors" id={id('actors')} label="Acteurs impliqués" rows={3} />
      <FormInput form={form} name="context" id={id('context')} label="Contexte" rows={4} />
      <FormInput form={form} name="actions" id={id('actions')} label="Ce qui a été fait" rows={5} />
      <FormInput form={form} name="results" id={id('results')} label="Résultats" rows={4} />
      <div className="grid gap-4 md:grid-cols-3">
        <FormInput form={form} name="insertionHours" id={id('insertionHours')} label="Heures d’insertion" inputMode="numeric" />
        <FormInput form={form} name="peopleHired" id={id('peopleHired')} label="Personnes embauchées" inputMode="numeric" />
        <FormInput form={form} name="period" id={id('period')} label="Période" hint="Par exemple 2021–2023." />
      </div>
      <FormInput form={form} name="difficulties" id={id('difficulties')} label="Difficultés rencontrées" rows={3} />
      <FormInput form={form} name="reproduce" id={id('reproduce')} label="Pour la reproduire ailleurs" rows={3} />
      <FormInput form={form} name="links" id={id('links')} label="Liens" hint="Une adresse web complète (https://…) par ligne, 10 au plus." rows={3} />
    </div>
  );
}
