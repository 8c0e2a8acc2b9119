'use client';

import { get, type UseFormReturn } from 'react-hook-form';
import { PRACTICE_THEME_KEYS, PRACTICE_THEMES } from '@/lib/practices/model';
import { MAX_LINKS, SURVEY_FIELD_LABELS as L, type SurveyFormValues, type SurveyInput } from '@/lib/practices/survey-schema';
import { ORGANISATION_TYPES } from '@/lib/registrations/organisation-types';
import { FormInput } from '../espace/form-input';
import { Field, FieldError, inputClass } from '../form-field';
import { SelectOptions } from '../select-options';
import { YesNoRadios } from '../yes-no-radios';

export type SurveyForm = UseFormReturn<SurveyFormValues, unknown, SurveyInput>;
export type RegionOption = { code: string; name: string };

const legend = 'text-xl font-bold text-marine-900';
const errorOf = (form: SurveyForm, name: string) => (get(form.formState.errors, name) as { message?: string } | undefined)?.message;

export function RespondentFields({ form, regions }: { form: SurveyForm; regions: RegionOption[] }) {
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Vous</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormInput form={form} name="respondentName" label={L.respondentName} required autoComplete="name" />
        <FormInput form={form} name="respondentRole" label={L.respondentRole} required autoComplete="organization-title" />
      </div>
      <FormInput form={form} name="email" label={L.email} required type="email" autoComplete="email" hint="Le lien pour revenir à votre réponse et la confirmation y seront envoyés." />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormInput form={form} name="respondentOrganisation" label={L.respondentOrganisation} required autoComplete="organization" />
        <Field id="respondentOrganisationType" label={L.respondentOrganisationType} required error={errorOf(form, 'respondentOrganisationType')}>
          <select {...form.register('respondentOrganisationType')} id="respondentOrganisationType" className={inputClass}>
            <SelectOptions options={ORGANISATION_TYPES} />
          </select>
        </Field>
      </div>
      <TerritoryFields form={form} regions={regions} />
    </fieldset>
  );
}

function TerritoryFields({ form, regions }: { form: SurveyForm; regions: RegionOption[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id="regionCode" label={L.regionCode} required hint="La région de la pratique." error={errorOf(form, 'regionCode')}>
        <select {...form.register('regionCode')} id="regionCode" className={inputClass}>
          <SelectOptions options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        </select>
      </Field>
      <FormInput form={form} name="department" label={L.department} required hint="Par exemple : Hérault (34)." />
    </div>
  );
}

export function PlaceFields({ form }: { form: SurveyForm }) {
  const qpv = form.watch('qpv');
  const qpvError = errorOf(form, 'qpv');
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Le territoire</legend>
      <FormInput form={form} name="communes" label={L.communes} required hint="Séparez les communes par des virgules." />
      <fieldset aria-describedby={qpvError ? 'qpv-erreur' : undefined}>
        <legend className="font-semibold text-slate-900">
          {L.qpv} <span className="font-normal text-slate-700">(obligatoire)</span>
        </legend>
        <YesNoRadios control={form.control} name="qpv" invalid={Boolean(qpvError)} idPrefix="qpv" />
        <FieldError id="qpv-erreur" message={qpvError} />
      </fieldset>
      {qpv === true ? <FormInput form={form} name="qpvNames" label={L.qpvNames} required hint="Le nom du ou des quartiers prioritaires." /> : null}
    </fieldset>
  );
}

export function PracticeFields({ form }: { form: SurveyForm }) {
  const themes = form.watch('themes') ?? [];
  const themesError = errorOf(form, 'themes');
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>La pratique</legend>
      <FormInput form={form} name="title" label={L.title} required hint="Une phrase courte, qui sera le titre de la pratique dans le recueil." />
      <fieldset aria-describedby={['themes-aide', themesError ? 'themes-erreur' : null].filter(Boolean).join(' ')}>
        <legend className="font-semibold text-slate-900">
          {L.themes} <span className="font-normal text-slate-700">(obligatoire)</span>
        </legend>
        <p id="themes-aide" className="text-sm text-slate-700">
          Un ou plusieurs, parmi les thèmes des ateliers du Tour.
        </p>
        <div className="mt-2 space-y-2">
          {PRACTICE_THEME_KEYS.map((key) => (
            <label key={key} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`themes-${key}`}
                value={key}
                {...form.register('themes')}
                aria-invalid={themesError ? true : undefined}
                className="mt-1 h-4 w-4 shrink-0"
              />
              <span>{PRACTICE_THEMES[key]}</span>
            </label>
          ))}
        </div>
        <FieldError id="themes-erreur" message={themesError} />
      </fieldset>
      {themes.includes('autre') ? <FormInput form={form} name="otherTheme" label={L.otherTheme} required /> : null}
      <FormInput form={form} name="actors" label={L.actors} required rows={3} hint="Qui a porté la pratique, avec qui : collectivité, bailleur, entreprises, SIAE, service public de l'emploi…" />
      <FormInput form={form} name="context" label={L.context} required rows={5} hint="Le territoire, le projet, le besoin de départ." />
      <FormInput form={form} name="actions" label={L.actions} required rows={6} hint="Les étapes, les outils, la façon de travailler ensemble." />
      <FormInput form={form} name="period" label={L.period} required hint="Par exemple : de 2021 à 2023, ou depuis mars 2022." />
    </fieldset>
  );
}

export function ResultFields({ form }: { form: SurveyForm }) {
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Résultats</legend>
      <FormInput form={form} name="results" label={L.results} required rows={5} hint="Ce qui a changé, pour qui." />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormInput form={form} name="insertionHours" label={L.insertionHours} inputMode="numeric" hint="Un nombre entier, si vous le connaissez." />
        <FormInput form={form} name="peopleHired" label={L.peopleHired} inputMode="numeric" hint="Un nombre entier, si vous le connaissez." />
      </div>
      <FormInput form={form} name="difficulties" label={L.difficulties} required rows={4} hint="Et comment vous les avez surmontées." />
      <FormInput form={form} name="reproduce" label={L.reproduce} required rows={4} hint="Les conditions, les partenaires, les moyens nécessaires." />
      <fieldset className="space-y-2">
        <legend className="font-semibold text-slate-900">{L.links}</legend>
        <p className="text-sm text-slate-700">Jusqu’à {MAX_LINKS} adresses web (article, vidéo, fiche projet), facultatives.</p>
        {Array.from({ length: MAX_LINKS }, (_, i) => (
          <FormInput key={i} form={form} name={`links.${i}`} id={`links-${i}`} label={`Lien ${i + 1}`} type="url" inputMode="url" placeholder="https://" />
        ))}
      </fieldset>
    </fieldset>
  );
}

export function ConsentFields({ form }: { form: SurveyForm }) {
  const consent = (name: 'consentPublication' | 'consentContact', text: string, required?: boolean) => {
    const error = errorOf(form, name);
    return (
      <div>
        <div className="flex items-start gap-3">
          <input
            {...form.register(name)}
            id={name}
            type="checkbox"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${name}-erreur` : undefined}
            className="mt-1 h-4 w-4 shrink-0"
          />
          <label htmlFor={name} className="text-slate-900">
            {text} {required ? <span className="text-slate-700">(obligatoire pour envoyer)</span> : <span className="text-slate-700">(facultatif)</span>}
          </label>
        </div>
        <FieldError id={`${name}-erreur`} message={error} />
      </div>
    );
  };
  return (
    <fieldset className="space-y-4">
      <legend className={legend}>Consentements</legend>
      {consent(
        'consentPublication',
        'J’accepte que cette pratique, relue par l’équipe du Tour, soit publiée sur ce site et dans le recueil national des pratiques inspirantes, avec le nom de mon organisation. Mon adresse e-mail n’est jamais publiée.',
        true,
      )}
      {consent('consentContact', 'J’accepte d’être contacté·e au sujet de cette pratique par des personnes qui l’ont lue (par un formulaire du site, sans que mon adresse leur soit communiquée).')}
    </fieldset>
  );
}
