'use server';

import type { EditAnswer } from '@/lib/events/manage/messages';
import { commentPractice, proposePractice } from '@/lib/practices/moderation-comments';
import { runAction } from '@/lib/server/action';

// The use cases check the signed-in user's rights (and the answer's region) every time.

export async function commentAction(id: string, values: unknown): Promise<EditAnswer> {
  return runAction((ctx) => commentPractice(id, values, ctx), { refresh: 'always', answer: () => ({ message: 'Votre commentaire est ajouté.' }) });
}

export async function proposeAction(values: unknown): Promise<EditAnswer> {
  return runAction((ctx) => proposePractice(values, ctx), { redirectTo: (r) => `/espace/pratiques/${r.id}?proposee=1` });
}
