// The input of cancelEvent: an explicit confirmation, checked by the server too.
import { z } from 'zod';

export const CANCEL_CONFIRMATION_MISSING = 'Cochez la case pour confirmer l’annulation de la rencontre.';

export const cancelEventSchema = z.object({
  confirm: z.literal(true, { error: CANCEL_CONFIRMATION_MISSING }),
});
export type CancelEventInput = z.output<typeof cancelEventSchema>;
