'use server';

import type { EditAnswer } from '@/lib/events/manage/messages';
import { createEvent } from '@/lib/events/manage/create-event';
import { runAction } from '@/lib/server/action';

/** Creates the draft (the use case checks the user may use that region), then opens its page. */
export async function createEventAction(values: unknown): Promise<EditAnswer> {
  // A draft is on no public page: nothing to invalidate.
  return runAction((ctx) => createEvent(values, ctx), {
    redirectTo: ({ id }) => `/espace/rencontres/${id}?creee=1`,
    answer: () => ({ message: 'La rencontre est créée.' }),
  });
}
