'use client';

import { createEventSchema, type CreateEventFormValues } from '@/lib/events/manage/create-event-schema';
import { Field, inputClass } from '../form-field';
import { FormInput } from './form-input';
import { FormStatus, primaryButton } from './form-status';
import { useServerForm, type FormAnswer } from './use-server-form';
import { VenueFields } from './venue-fields';

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
  return (
    <form noValidate onSubmit={onSubmit} className="max-w-3xl space-y-6" aria-describedby="creation-obligatoires">
      <p id="creation-obligatoires" className="text-sm text-slate-700">
        Les champs marqués « obligatoire » doivent être remplis. La rencontre est créée en brouillon : elle ne sera visible du public
        qu’une fois publiée.
      </p>
      <FormStatus status={status} statusRef={statusRef} id="resultat-creation" />
      <Field id="regionId" label="Région" required error={errors.regionId?.message}>
        <select {...form.register('regionId', { valueAsNumber: true })} id="regionId" className={inputClass}>
          {regions.length > 1 ? <option value="">Choisissez…</option> : null}
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <FormInput form={form} name="title" label="Titre" required hint="Par exemple : Rencontre régionale des acteurs de la clause sociale en Occitanie." />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 font-semibold text-slate-900">Date et horaires (heure de Paris)</legend>
        <FormInput form={form} name="date" label="Date" required type="date" />
        <FormInput form={form} name="startTime" label="Début" required type="time" />
        <FormInput form={form} name="endTime" label="Fin" required type="time" />
      </fieldset>
      <VenueFields
        form={form}
        legendClassName="mb-2 font-semibold text-slate-900"
        cityFirst
        cityHint="Elle entre dans l’adresse de la page publique."
        nameHint="Peut être précisé plus tard."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormInput form={form} name="capacity" label="Nombre de places" required rules={{ valueAsNumber: true }} type="number" min={1} step={1} />
        <FormInput form={form} name="contactEmail" label="E-mail de contact" required hint="Affiché sur la page publique." type="email" autoComplete="email" />
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Création…' : 'Créer la rencontre'}
      </button>
    </form>
  );
}
