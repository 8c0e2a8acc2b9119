// Inputs of the staff's account management, shared by the forms and the use cases (no server code
// here: the browser may load this file).
import { z } from 'zod';

export const regionIdsSchema = z
  .array(z.coerce.number({ error: 'Région inconnue.' }).int({ error: 'Région inconnue.' }).positive({ error: 'Région inconnue.' }), {
    error: 'Choisissez au moins une région.',
  })
  .max(50, { error: 'Région inconnue.' });

export const changeRegionsSchema = z.object({
  regionIds: regionIdsSchema.min(1, { error: 'Choisissez au moins une région.' }),
});

export type ChangeRegionsInput = z.input<typeof changeRegionsSchema>;
