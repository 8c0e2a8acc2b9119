'use client';

import { createEventSchema, type CreateEventFormValues } from '@/lib/events/manage/create-event-schema';
import { Field, inputClass } from '../form-field';
import { FormStatus, primaryButton } from './form-status';
import { useServerForm, type FormAnswer } from './use-server-form';

type Props = {
  regions: { id: number; name: string }[];
  contactEmail: string;
  action: (values: unknown) => Promise<FormAnswer>;
};

/** A new event: what its slug and first draft need. Everything else is set on the event's page. */
export function CreateEventForm({ regions, contactEmail, action }: Props) {
  const { form, onSubmit, status, statusRef, errors, pending } = useServerForm(
    createEventSchema,
    {
      regionId: regions.length === 1 ? regions[0].id : undefined,
      title: '',
      date: '',
      startTime: '09:30',
      endTime: '16:30',
      venueName: '',
      venueAddress: '',
      venuePostcode: '',
      venueCity: '',
      capacity: 100,
      contactEmail,
    } satisfies Partial<CreateEventFormValues>,
    action,
  );
  const { register } = form;
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-3xl space-y-6" aria-describedby="creation-obligatoires">
      <p id="creation-obligatoires" className="text-sm text-slate-700">
        Les champs marqués « obligatoire » doivent être remplis. La rencontre est créée en brouillon : elle ne sera visible du public
        qu’une fois publiée.
      </p>
      <FormStatus status={status} statusRef={statusRef} id="resultat-creation" />
      <Field id="regionId" label="Région" required error={errors.regionId?.message}>
        <select {...register('regionId', { valueAsNumber: true })} id="regionId" className={inputClass}>
          {regions.length > 1 ? <option value="">Choisissez…</option> : null}
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="title" label="Titre" required hint="Par exemple : Rencontre régionale des acteurs de la clause sociale en Occitanie." error={errors.title?.message}>
        <input {...register('title')} id="title" className={inputClass} />
      </Field>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold text-slate-900">Date et horaires (heure de Paris)</legend>
        <Field id="date" label="Date" required error={errors.date?.message}>
          <input {...register('date')} id="date" type="date" className={inputClass} />
        </Field>
        <Field id="startTime" label="Début" required error={errors.startTime?.message}>
          <input {...register('startTime')} id="startTime" type="time" className={inputClass} />
        </Field>
        <Field id="endTime" label="Fin" required error={errors.endTime?.message}>
          <input {...register('endTime')} id="endTime" type="time" className={inputClass} />
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold text-slate-900">Lieu</legend>
        <Field id="venueCity" label="Ville" required hint="Elle entre dans l’adresse de la page publique." error={errors.venueCity?.message}>
          <input {...register('venueCity')} id="venueCity" autoComplete="address-level2" className={inputClass} />
        </Field>
        <Field id="venueName" label="Nom du lieu" hint="Peut être précisé plus tard." error={errors.venueName?.message}>
          <input {...register('venueName')} id="venueName" className={inputClass} />
        </Field>
        <Field id="venueAddress" label="Adresse" error={errors.venueAddress?.message}>
          <input {...register('venueAddress')} id="venueAddress" autoComplete="street-address" className={inputClass} />
        </Field>
        <Field id="venuePostcode" label="Code postal" error={errors.venuePostcode?.message}>
          <input {...register('venuePostcode')} id="venuePostcode" inputMode="numeric" maxLength={5} autoComplete="postal-code" className={inputClass} />
        </Field>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="capacity" label="Nombre de places" required error={errors.capacity?.message}>
          <input {...register('capacity', { valueAsNumber: true })} id="capacity" type="number" min={1} step={1} className={inputClass} />
        </Field>
        <Field id="contactEmail" label="E-mail de contact" required hint="Affiché sur la page publique." error={errors.contactEmail?.message}>
          <input {...register('contactEmail')} id="contactEmail" type="email" autoComplete="email" className={inputClass} />
        </Field>
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Création…' : 'Créer la rencontre'}
      </button>
    </form>
  );
}
