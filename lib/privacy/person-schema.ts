// The inputs of the "Personnes" page: the address to look for, and the erasure with its explicit
// confirmation. Shared by the form and the server actions.
import { z } from 'zod';

export const ERASE_CONFIRMATION_MISSING = 'Cochez la case pour confirmer l’effacement définitif.';
const EMAIL_MISSING = 'Indiquez l’adresse e-mail de la personne.';

const email = z
  .string({ error: EMAIL_MISSING })
  .trim()
  .min(1, { error: EMAIL_MISSING })
  .max(254, { error: 'Adresse e-mail : 254 caractères au plus.' })
  .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.' }));

export const findPersonSchema = z.object({ email });
export type FindPersonInput = z.output<typeof findPersonSchema>;

export const erasePersonSchema = z.object({
  email,
  confirm: z.literal(true, { error: ERASE_CONFIRMATION_MISSING }),
});
export type ErasePersonInput = z.output<typeof erasePersonSchema>;
