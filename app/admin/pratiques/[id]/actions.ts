'use server';

import type { EditAnswer } from '@/lib/events/manage/messages';
import { declinePractice, editPracticeWording, publishPractice, requestPracticeChanges, unpublishPractice } from '@/lib/practices/moderation';
import { runAction } from '@/lib/server/action';

// Each action is bound by the page to an answer's id; a crafted request may send any id, so the use
// case checks the signed-in user's rights on that answer every time.

// A step changes which forms the page shows (the one used may be gone): back to the page, which
// says what was done (DONE_NOTICES).
const said = (id: string, done: string) => ({ answer: () => ({ message: '' }), redirectTo: () => `/admin/pratiques/${id}?fait=${done}` });

/** The form's fields as the use case reads them: the message, and the confirmation box. */
function messageOf(form: FormData) {
  return { message: String(form.get('message') ?? ''), confirm: form.get('confirm') === 'oui' ? true : undefined };
}

export async function editWordingAction(id: string, values: unknown): Promise<EditAnswer> {
  return runAction((ctx) => editPracticeWording(id, values, ctx), {
    refresh: 'always',
    answer: (r) => ({ message: r.changed ? 'Le texte de la pratique est enregistré.' : 'Aucun changement à enregistrer.' }),
  });
}

export async function publishAction(id: string, _previous: EditAnswer | null, _form: FormData): Promise<EditAnswer> {
  return runAction((ctx) => publishPractice(id, ctx), said(id, 'publiee'));
}

export async function requestChangesAction(id: string, _previous: EditAnswer | null, form: FormData): Promise<EditAnswer> {
  return runAction((ctx) => requestPracticeChanges(id, messageOf(form), ctx), said(id, 'modifications'));
}

export async function declineAction(id: string, _previous: EditAnswer | null, form: FormData): Promise<EditAnswer> {
  return runAction((ctx) => declinePractice(id, messageOf(form), ctx), said(id, 'refusee'));
}

export async function unpublishAction(id: string, _previous: EditAnswer | null, form: FormData): Promise<EditAnswer> {
  return runAction((ctx) => unpublishPractice(id, messageOf(form), ctx), said(id, 'retiree'));
}
