// One schema for a registration, shared by the form (react-hook-form) and the server (action and API).
import { z } from 'zod';
import { ORGANISATION_TYPE_VALUES } from './organisation-types';

// PostgreSQL's text cannot hold a NUL character: refused here, it would otherwise be a 500.
// eslint-disable-next-line no-control-regex
const NO_NUL = /^[^\u0000]*$/;

export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .trim()
    .max(max, { error: `${label} : ${max} caractères au plus.` })
    .regex(NO_NUL, { error: `${label} : caractère non autorisé.` });

// A name or an organisation is one line: a line break would shape the plain-text e-mail.
const ONE_LINE = /^[^\r\n\u0085\u2028\u2029]*$/;
export const line = (label: string, max: number) => text(label, max).regex(ONE_LINE, { error: `${label} : une seule ligne, sans retour à la ligne.` });

export const registrationSchema = z.object({
  firstName: line('Prénom', 100).min(1, { error: 'Indiquez votre prénom.' }),
  lastName: line('Nom', 100).min(1, { error: 'Indiquez votre nom.' }),
  email: z
    .string({ error: 'Indiquez votre adresse e-mail.' })
    .trim()
    .min(1, { error: 'Indiquez votre adresse e-mail.' })
    .max(254, { error: 'Adresse e-mail : 254 caractères au plus.' })
    .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.' })),
  organisation: line('Organisation', 200).min(1, { error: 'Indiquez votre organisation.' }),
  organisationType: z.enum(ORGANISATION_TYPE_VALUES, { error: "Choisissez le type de votre organisation." }),
  jobTitle: line('Fonction', 150).optional().default(''),
  postcode: z
    .string({ error: 'Code postal : texte attendu.' })
    .trim()
    .regex(/^(\d{5})?$/, { error: 'Indiquez un code postal à 5 chiffres (par exemple 34080), ou laissez vide.' })
    .optional()
    .default(''),
  lunch: z.boolean({ error: 'Indiquez si vous déjeunerez sur place.' }),
  accessibilityNeeds: text("Besoins d'accessibilité", 1000).optional().default(''),
  consent: z.literal(true, { error: 'Votre accord est nécessaire pour enregistrer votre inscription.' }),
  workshops: z.record(
    z.guid({ error: 'Créneau inconnu.' }),
    z.guid({ error: 'Choisissez un atelier pour ce créneau.' }),
    { error: 'Choisissez un atelier pour chaque créneau.' },
  ),
  // Not a field of the form, but its refusals reach the API's clients: French like the others.
  idempotencyKey: z
    .string({ error: 'Clé d’idempotence : texte attendu.' })
    .max(100, { error: 'Clé d’idempotence : 100 caractères au plus.' })
    .regex(NO_NUL, { error: 'Clé d’idempotence : caractère non autorisé.' })
    .optional(),
}, { error: 'Le formulaire d’inscription est incomplet.' });

export type RegistrationInput = z.output<typeof registrationSchema>;
export type RegistrationFormValues = z.input<typeof registrationSchema>;

/** Field path → first French message, e.g. { email: '…', 'workshops.<slotId>': '…' }. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    fields[key] ??= issue.message;
  }
  return fields;
}

export const changeSchema = z.object({
  workshops: registrationSchema.shape.workshops,
  lunch: z.boolean({ error: 'Indiquez si vous déjeunerez sur place.' }),
});
export type ChangeInput = z.output<typeof changeSchema>;
