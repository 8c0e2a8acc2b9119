'use client';

import { EditorForm } from '@/components/espace/editor-form';
import { FormInput } from '@/components/espace/form-input';
import { useServerForm, type FormAnswer } from '@/components/espace/use-server-form';
import { Field, FieldError, inputClass } from '@/components/form-field';
import { ORGANISATION_TYPES } from '@/lib/registrations/organisation-types';
import { proposalSchema, type ProposalValues } from '@/lib/practices/proposal-schema';
import { WordingFields } from './wording-fields';

/** A partner proposes a practice of their region, with the respondent's details and consent. */
export function ProposalForm({ regions, action }: { regions: { code: string; name: string }[]; action: (values: unknown) => Promise<FormAnswer> }) {
  const empty = {
    title: '',
    regionCode: regions.length === 1 ? regions[0].code : '',
    themes: [],
    respondentName: '',
    respondentOrganisation: '',
    respondentRole: '',
    respondentEmail: '',
    consentContact: false,
  } as unknown as ProposalValues;
  const server = useServerForm(proposalSchema, empty, action);
  const { form, errors } = server;
  const consentError = errors.consentPublication?.message;
  return (
    <EditorForm server={server} idPrefix="proposition" submitLabel="Proposer la pratique">
      <fieldset className="space-y-4">
        <legend className="text-xl font-bold text-marine-900">La personne qui porte la pratique</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <FormInput form={form} name="respondentName" id="proposition-nom" label="Nom" required />
          <FormInput form={form} name="respondentEmail" id="proposition-email" label="E-mail" type="email" required hint="Jamais publié." />
          <FormInput form={form} name="respondentOrganisation" id="proposition-organisation" label="Organisation" required />
          <Field id="proposition-type" label="Type d’organisation" required error={errors.respondentOrganisationType?.message}>
            <select {...form.register('respondentOrganisationType')} id="proposition-type" className={inputClass}>
              <option value="">Choisir…</option>
              {ORGANISATION_TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </Field>
          <FormInput form={form} name="respondentRole" id="proposition-fonction" label="Fonction" />
        </div>
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            id="proposition-consentement"
            {...form.register('consentPublication')}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? 'proposition-consentement-erreur' : undefined}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="proposition-consentement" className="text-slate-900">
            La personne a accepté que sa pratique soit publiée dans la collection et le recueil du Tour (obligatoire)
          </label>
        </div>
        <FieldError id="proposition-consentement-erreur" message={consentError} />
        <div className="flex items-start gap-3">
          <input type="checkbox" id="proposition-contact" {...form.register('consentContact')} className="mt-1 h-4 w-4" />
          <label htmlFor="proposition-contact" className="text-slate-900">
            Elle accepte d’être contactée par les visiteurs de la collection (sans que son adresse leur soit montrée)
          </label>
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-bold text-marine-900">La pratique</legend>
        <WordingFields form={form as never} regions={regions} idPrefix="proposition" />
      </fieldset>
    </EditorForm>
  );
}
