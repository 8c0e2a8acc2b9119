'use client';

import type { MessageAnswer } from '@/lib/action-result';
import { CONTACT_MESSAGE_MAX, CONTACT_MESSAGE_MIN, contactSchema, type ContactInput } from '@/lib/practices/contact-schema';
import { FormInput } from '../espace/form-input';
import { FormStatus, primaryButton } from '../espace/form-status';
import { useServerForm } from '../espace/use-server-form';

/**
 * The message to a practice's structure: checked in the browser by the same schema as the server;
 * once sent, the form gives way to the answer, which takes the focus.
 */
export function PracticeContactForm({ action }: { action: (values: ContactInput) => Promise<MessageAnswer> }) {
  const { form, onSubmit, status, statusRef, pending } = useServerForm(
    contactSchema,
    { name: '', email: '', organisation: '', message: '' },
    async (values) => (await action(values)) ?? { ok: false, error: { code: 'internal_error', message: 'Une erreur inattendue est survenue.' } },
    { resetOnSuccess: true },
  );
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" aria-label="Contacter la structure porteuse" noValidate>
      <FormStatus status={status} statusRef={statusRef} id="contact-reponse" />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormInput form={form} name="name" id="contact-nom" label="Votre nom" required autoComplete="name" />
        <FormInput form={form} name="email" id="contact-email" label="Votre adresse e-mail" required hint="Pour que la structure vous réponde." type="email" autoComplete="email" />
      </div>
      <FormInput form={form} name="organisation" id="contact-organisation" label="Votre organisation" autoComplete="organization" />
      <FormInput
        form={form}
        name="message"
        id="contact-message"
        label="Votre message"
        required
        rows={6}
        hint={`Entre ${CONTACT_MESSAGE_MIN} et ${CONTACT_MESSAGE_MAX} caractères : qui vous êtes, ce que vous aimeriez savoir.`}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Envoi…' : 'Envoyer le message'}
      </button>
    </form>
  );
}
