'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import type { ActionError, ActionResult } from '@/lib/action-result';
import { ORGANISATION_TYPES } from '@/lib/registrations/organisation-types';
import { registrationSchema, type RegistrationFormValues, type RegistrationInput } from '@/lib/registrations/schema';
import { Field, FieldError, inputClass } from './form-field';
import { SelectOptions } from './select-options';
import { WorkshopChoiceFieldset, type SlotOption } from './workshop-choice';
import { YesNoRadios } from './yes-no-radios';

type Props = {
  lunchProvided: boolean;
  eventFull: boolean;
  slots: SlotOption[];
  /** Server actions, bound to the event by the page. */
  submit: (values: unknown) => Promise<ActionResult<{ status: 'confirmed' | 'waitlisted'; replayed: true }>>;
  resendLink: (email: string) => Promise<ActionResult<{ message: string }>>;
};

function newKey() {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function RegistrationForm({ lunchProvided, eventFull, slots, submit, resendLink }: Props) {
  const router = useRouter();
  const idempotencyKey = useRef<string | null>(null);
  const [serverError, setServerError] = useState<ActionError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const form = useForm<RegistrationFormValues, unknown, RegistrationInput>({
    resolver: zodResolver(registrationSchema),
    defaultValues: {
      firstName: '',
      lastName: '',
      email: '',
      organisation: '',
      jobTitle: '',
      postcode: '',
      accessibilityNeeds: '',
      lunch: lunchProvided ? undefined : false,
      workshops: Object.fromEntries(slots.map((s) => [s.id, ''])),
    },
  });
  const { register, handleSubmit, setError, formState } = form;
  const errors = formState.errors;

  async function onSubmit(values: RegistrationInput) {
    setServerError(null);
    setNotice(null);
    idempotencyKey.current ??= newKey();
    const result = await submit({ ...values, idempotencyKey: idempotencyKey.current });
    // On success the action redirects to the confirmation; a replay lands here.
    if (result?.ok) {
      setNotice('Votre inscription est déjà enregistrée : son lien de gestion vous a été envoyé par e-mail.');
      return;
    }
    if (!result) return;
    const error = result.error;
    setServerError(error);
    const fields = Object.entries(error.fields ?? {});
    fields.forEach(([name, message], i) => setError(name as FieldPath<RegistrationFormValues>, { type: 'server', message }, { shouldFocus: i === 0 }));
    if (error.code === 'workshop_full') router.refresh();
    // A refused request may be sent again as a new one once corrected.
    if (error.code !== 'already_registered') idempotencyKey.current = null;
    if (fields.length === 0) statusRef.current?.focus();
  }

  async function resend() {
    const result = await resendLink(form.getValues('email'));
    setNotice(result.ok ? result.data.message : result.error.message);
    if (result.ok) setServerError(null);
    statusRef.current?.focus();
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-8" aria-describedby="champs-obligatoires">
      <p id="champs-obligatoires" className="text-sm text-slate-700">
        Les champs marqués « obligatoire » doivent être remplis.
      </p>
      <div ref={statusRef} tabIndex={-1} id="resultat-inscription" aria-live="polite" className="focus:outline-none">
        {serverError ? (
          <div className="rounded border border-corail-600 bg-corail-50 p-4 text-corail-700">
            <p className="font-semibold">{serverError.message}</p>
            {serverError.code === 'already_registered' ? (
              <button type="button" onClick={resend} className="mt-3 rounded bg-marine-700 px-4 py-2 font-semibold text-white hover:bg-marine-900">
                Recevoir à nouveau le lien de gestion
              </button>
            ) : null}
          </div>
        ) : null}
        {notice ? <p className="rounded border border-marine-200 bg-marine-50 p-4 text-marine-900">{notice}</p> : null}
      </div>

      {eventFull ? (
        <p className="rounded border border-corail-600 bg-corail-50 p-4 text-corail-700">
          La rencontre est complète : votre inscription sera placée sur liste d&apos;attente. Nous vous écrirons dès qu&apos;une place se libère.
        </p>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-xl font-bold text-marine-900">Vous</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="firstName" label="Prénom" required error={errors.firstName?.message}>
            <input {...register('firstName')} id="firstName" autoComplete="given-name" className={inputClass} />
          </Field>
          <Field id="lastName" label="Nom" required error={errors.lastName?.message}>
            <input {...register('lastName')} id="lastName" autoComplete="family-name" className={inputClass} />
          </Field>
        </div>
        <Field id="email" label="Adresse e-mail" required hint="La confirmation et le lien de gestion y seront envoyés." error={errors.email?.message}>
          <input {...register('email')} id="email" type="email" autoComplete="email" className={inputClass} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-bold text-marine-900">Votre organisation</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="organisation" label="Organisation" required error={errors.organisation?.message}>
            <input {...register('organisation')} id="organisation" autoComplete="organization" className={inputClass} />
          </Field>
          <Field id="organisationType" label="Type d'organisation" required error={errors.organisationType?.message}>
            <select {...register('organisationType')} id="organisationType" defaultValue="" className={inputClass}>
              <SelectOptions options={ORGANISATION_TYPES} placeholderDisabled />
            </select>
          </Field>
          <Field id="jobTitle" label="Fonction" error={errors.jobTitle?.message}>
            <input {...register('jobTitle')} id="jobTitle" autoComplete="organization-title" className={inputClass} />
          </Field>
          <Field id="postcode" label="Code postal de votre structure" hint="5 chiffres, par exemple 34080." error={errors.postcode?.message}>
            <input {...register('postcode')} id="postcode" inputMode="numeric" autoComplete="postal-code" maxLength={5} className={inputClass} />
          </Field>
        </div>
      </fieldset>

      {slots.map((slot) => (
        <WorkshopChoiceFieldset
          key={slot.id}
          slot={slot}
          eventFull={eventFull}
          registration={register(`workshops.${slot.id}`)}
          error={(errors.workshops as Record<string, { message?: string }> | undefined)?.[slot.id]?.message}
        />
      ))}

      <fieldset className="space-y-4">
        <legend className="text-xl font-bold text-marine-900">Votre venue</legend>
        {lunchProvided ? (
          <fieldset aria-describedby={errors.lunch ? 'lunch-erreur' : undefined}>
            <legend className="font-semibold text-slate-900">
              Déjeunerez-vous sur place ? <span className="font-normal text-slate-700">(obligatoire)</span>
            </legend>
            <p className="text-sm text-slate-700">Le déjeuner est prévu par les organisateurs.</p>
            <YesNoRadios control={form.control} name="lunch" invalid={Boolean(errors.lunch)} />
            <FieldError id="lunch-erreur" message={errors.lunch?.message} />
          </fieldset>
        ) : null}
        <Field
          id="accessibilityNeeds"
          label="Besoins d'accessibilité"
          hint="Mobilité, audition, vision, régime alimentaire… Les organisateurs en tiendront compte."
          error={errors.accessibilityNeeds?.message}
        >
          <textarea {...register('accessibilityNeeds')} id="accessibilityNeeds" rows={3} className={inputClass} />
        </Field>
      </fieldset>

      <div>
        <div className="flex items-start gap-3">
          <input
            {...register('consent')}
            id="consent"
            type="checkbox"
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? 'consent-erreur' : undefined}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="consent" className="text-slate-900">
            J&apos;accepte que mes informations soient utilisées pour organiser cette rencontre et établir ses statistiques
            (obligatoire). <Link href="/confidentialite">Ce que nous conservons et pour combien de temps</Link>
          </label>
        </div>
        <FieldError id="consent-erreur" message={errors.consent?.message} />
      </div>

      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="rounded bg-corail-700 px-6 py-3 font-semibold text-white hover:bg-corail-600 disabled:cursor-wait disabled:opacity-70"
      >
        {formState.isSubmitting ? 'Envoi en cours…' : eventFull ? "M'inscrire sur liste d'attente" : "Valider mon inscription"}
      </button>
    </form>
  );
}
