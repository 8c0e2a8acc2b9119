'use client';

import { EVENT_TIME_ZONES } from '@/lib/events/manage/fields';
import { updateEventSchema, type UpdateEventFormValues } from '@/lib/events/manage/update-event-schema';
import { timeZoneLabel } from '@/lib/time';
import { Field, inputClass } from '../form-field';
import { FormInput } from './form-input';
import { FormStatus, primaryButton } from './form-status';
import { useServerForm, type FormAnswer } from './use-server-form';
import { VenueFields } from './venue-fields';

/** '' stays empty (null); a French decimal comma is read as a point. */
const optionalNumber = (value: unknown) => {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  return Number(String(value).trim().replace(',', '.'));
};

const legend = 'mb-2 text-lg font-bold text-marine-900';

/** The details of an event: every field but its region and its slug (URLs stay stable). */
export function EventDetailsForm({ values, action }: { values: UpdateEventFormValues; action: (values: unknown) => Promise<FormAnswer> }) {
  const { form, onSubmit, status, statusRef, errors, pending } = useServerForm(updateEventSchema, values, action);
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6" aria-describedby="details-obligatoires">
      <p id="details-obligatoires" className="text-sm text-slate-700">
        Les champs marqués « obligatoire » doivent être remplis. Les heures sont celles du fuseau horaire de la rencontre.
      </p>
      <FormInput form={form} name="title" label="Titre" required />

      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className={legend}>Date et horaires</legend>
        <FormInput form={form} name="date" label="Date" required hint="Le programme suit la date : ses horaires restent les mêmes." type="date" />
        <FormInput form={form} name="startTime" label="Début" required type="time" />
        <FormInput form={form} name="endTime" label="Fin" required type="time" />
        <Field id="timeZone" label="Fuseau horaire" required error={errors.timeZone?.message}>
          <select {...form.register('timeZone')} id="timeZone" className={inputClass}>
            {EVENT_TIME_ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {timeZoneLabel(zone) ?? 'heure de Paris'}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <VenueFields form={form} legendClassName={legend}>
        <FormInput form={form} name="venueLat" label="Latitude" hint="Facultatif, par exemple 43,6119." rules={{ setValueAs: optionalNumber }} inputMode="decimal" />
        <FormInput form={form} name="venueLng" label="Longitude" hint="Facultatif, par exemple 3,8128." rules={{ setValueAs: optionalNumber }} inputMode="decimal" />
      </VenueFields>

      <FormInput form={form} name="description" label="Présentation" hint="Un paragraphe par idée ; une ligne vide les sépare." rows={6} />

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className={legend}>Inscriptions</legend>
        <FormInput
          form={form}
          name="capacity"
          label="Nombre de places"
          required
          hint="Jamais moins que les inscriptions confirmées ; en l’augmentant, la liste d’attente avance."
          rules={{ valueAsNumber: true }}
          type="number"
          min={1}
          step={1}
        />
        <FormInput form={form} name="registrationOpensAt" label="Ouverture des inscriptions" hint="Date et heure." type="datetime-local" />
        <FormInput form={form} name="registrationClosesAt" label="Clôture des inscriptions" hint="Au plus tard au début de la rencontre." type="datetime-local" />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className={legend}>Informations pratiques</legend>
        <div className="flex items-start gap-3">
          <input {...form.register('lunchProvided')} id="lunchProvided" type="checkbox" className="mt-1 h-4 w-4" />
          <label htmlFor="lunchProvided" className="text-slate-900">
            Le déjeuner est prévu par les organisateurs (les personnes inscrites indiquent si elles déjeunent sur place)
          </label>
        </div>
        <FormInput form={form} name="accessibilityInfo" label="Accessibilité" hint="Accès, stationnement, boucle magnétique…" rows={3} />
        <FormInput form={form} name="contactEmail" label="E-mail de contact" required type="email" autoComplete="email" />
      </fieldset>

      <FormStatus status={status} statusRef={statusRef} id="resultat-details" />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Enregistrement…' : 'Enregistrer les informations'}
      </button>
    </form>
  );
}
