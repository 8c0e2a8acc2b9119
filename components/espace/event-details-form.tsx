'use client';

import { EVENT_TIME_ZONES } from '@/lib/events/manage/fields';
import { updateEventSchema, type UpdateEventFormValues } from '@/lib/events/manage/update-event-schema';
import { timeZoneLabel } from '@/lib/time';
import { Field, inputClass } from '../form-field';
import { FormStatus, primaryButton } from './form-status';
import { useServerForm, type FormAnswer } from './use-server-form';

/** '' stays empty (null); a French decimal comma is read as a point. */
const optionalNumber = (value: unknown) => {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  return Number(String(value).trim().replace(',', '.'));
};

/** The details of an event: every field but its region and its slug (URLs stay stable). */
export function EventDetailsForm({ values, action }: { values: UpdateEventFormValues; action: (values: unknown) => Promise<FormAnswer> }) {
  const { form, onSubmit, status, statusRef, errors, pending } = useServerForm(updateEventSchema, values, action);
  const { register } = form;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6" aria-describedby="details-obligatoires">
      <p id="details-obligatoires" className="text-sm text-slate-700">
        Les champs marqués « obligatoire » doivent être remplis. Les heures sont celles du fuseau horaire de la rencontre.
      </p>
      <Field id="title" label="Titre" required error={errors.title?.message}>
        <input {...register('title')} id="title" className={inputClass} />
      </Field>

      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-lg font-bold text-marine-900">Date et horaires</legend>
        <Field id="date" label="Date" required hint="Le programme suit la date : ses horaires restent les mêmes." error={errors.date?.message}>
          <input {...register('date')} id="date" type="date" className={inputClass} />
        </Field>
        <Field id="startTime" label="Début" required error={errors.startTime?.message}>
          <input {...register('startTime')} id="startTime" type="time" className={inputClass} />
        </Field>
        <Field id="endTime" label="Fin" required error={errors.endTime?.message}>
          <input {...register('endTime')} id="endTime" type="time" className={inputClass} />
        </Field>
        <Field id="timeZone" label="Fuseau horaire" required error={errors.timeZone?.message}>
          <select {...register('timeZone')} id="timeZone" className={inputClass}>
            {EVENT_TIME_ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {timeZoneLabel(zone) ?? 'heure de Paris'}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-bold text-marine-900">Lieu</legend>
        <Field id="venueName" label="Nom du lieu" error={errors.venueName?.message}>
          <input {...register('venueName')} id="venueName" className={inputClass} />
        </Field>
        <Field id="venueAddress" label="Adresse" error={errors.venueAddress?.message}>
          <input {...register('venueAddress')} id="venueAddress" autoComplete="street-address" className={inputClass} />
        </Field>
        <Field id="venuePostcode" label="Code postal" error={errors.venuePostcode?.message}>
          <input {...register('venuePostcode')} id="venuePostcode" inputMode="numeric" maxLength={5} autoComplete="postal-code" className={inputClass} />
        </Field>
        <Field id="venueCity" label="Ville" required error={errors.venueCity?.message}>
          <input {...register('venueCity')} id="venueCity" autoComplete="address-level2" className={inputClass} />
        </Field>
        <Field id="venueLat" label="Latitude" hint="Facultatif, par exemple 43,6119." error={errors.venueLat?.message}>
          <input {...register('venueLat', { setValueAs: optionalNumber })} id="venueLat" inputMode="decimal" className={inputClass} />
        </Field>
        <Field id="venueLng" label="Longitude" hint="Facultatif, par exemple 3,8128." error={errors.venueLng?.message}>
          <input {...register('venueLng', { setValueAs: optionalNumber })} id="venueLng" inputMode="decimal" className={inputClass} />
        </Field>
      </fieldset>

      <Field id="description" label="Présentation" hint="Un paragraphe par idée ; une ligne vide les sépare." error={errors.description?.message}>
        <textarea {...register('description')} id="description" rows={6} className={inputClass} />
      </Field>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-bold text-marine-900">Inscriptions</legend>
        <Field
          id="capacity"
          label="Nombre de places"
          required
          hint="Jamais moins que les inscriptions confirmées ; en l’augmentant, la liste d’attente avance."
          error={errors.capacity?.message}
        >
          <input {...register('capacity', { valueAsNumber: true })} id="capacity" type="number" min={1} step={1} className={inputClass} />
        </Field>
        <Field id="registrationOpensAt" label="Ouverture des inscriptions" hint="Date et heure." error={errors.registrationOpensAt?.message}>
          <input {...register('registrationOpensAt')} id="registrationOpensAt" type="datetime-local" className={inputClass} />
        </Field>
        <Field
          id="registrationClosesAt"
          label="Clôture des inscriptions"
          hint="Au plus tard au début de la rencontre."
          error={errors.registrationClosesAt?.message}
        >
          <input {...register('registrationClosesAt')} id="registrationClosesAt" type="datetime-local" className={inputClass} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-bold text-marine-900">Informations pratiques</legend>
        <div className="flex items-start gap-3">
          <input {...register('lunchProvided')} id="lunchProvided" type="checkbox" className="mt-1 h-4 w-4" />
          <label htmlFor="lunchProvided" className="text-slate-900">
            Le déjeuner est prévu par les organisateurs (les personnes inscrites indiquent si elles déjeunent sur place)
          </label>
        </div>
        <Field id="accessibilityInfo" label="Accessibilité" hint="Accès, stationnement, boucle magnétique…" error={errors.accessibilityInfo?.message}>
          <textarea {...register('accessibilityInfo')} id="accessibilityInfo" rows={3} className={inputClass} />
        </Field>
        <Field id="contactEmail" label="E-mail de contact" required error={errors.contactEmail?.message}>
          <input {...register('contactEmail')} id="contactEmail" type="email" autoComplete="email" className={inputClass} />
        </Field>
      </fieldset>

      <FormStatus status={status} statusRef={statusRef} id="resultat-details" />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Enregistrement…' : 'Enregistrer les informations'}
      </button>
    </form>
  );
}
