'use client';

import { tourSettingsSchema, type TourSettingsFormValues } from '@/lib/practices/settings-schema';
import { FormInput } from '../espace/form-input';
import { FormStatus, primaryButton } from '../espace/form-status';
import { useServerForm, type FormAnswer } from '../espace/use-server-form';

const legend = 'mb-2 text-lg font-bold text-marine-900';

/** The survey's window and the recueil's introduction, checked by the server's schema as typed. */
export function TourSettingsForm({ values, action }: { values: TourSettingsFormValues; action: (values: unknown) => Promise<FormAnswer> }) {
  const { form, onSubmit, status, statusRef, pending } = useServerForm(tourSettingsSchema, values, action);
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-3xl space-y-6">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className={legend}>Enquête nationale</legend>
        <FormInput form={form} name="surveyOpensAt" label="Ouverture de l’enquête" hint="Heure de Paris. Vide : ouverte dès maintenant." type="datetime-local" />
        <FormInput form={form} name="surveyClosesAt" label="Clôture de l’enquête" hint="Heure de Paris. Vide : sans date de fin." type="datetime-local" />
      </fieldset>
      <FormInput
        form={form}
        name="recueilIntroduction"
        label="Introduction du recueil"
        hint="En tête du recueil (PDF et page web). Une ligne vide sépare deux paragraphes. Vide : le texte par défaut."
        rows={10}
      />
      <FormStatus status={status} statusRef={statusRef} id="resultat-reglages" />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Enregistrement…' : 'Enregistrer les réglages'}
      </button>
    </form>
  );
}
