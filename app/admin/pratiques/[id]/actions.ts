'use server';

import type { EditAnswer } from '@/lib/events/manage/messages';
import { declinePractice, editPracticeWording, publishPractice, requestPracticeChanges, unpublishPractice } from '@/lib/practices/moderation';
import { runAction } from '@/lib/server/action';

// Each action is bound by the page to an answer's id; a crafted request may send any id, so the use
// case checks the signed-in user's rights on that answer every time.

const said = (message: string) => ({ refresh: 'always' as const, answer: () => ({ message }) });

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
  return runAction((ctx) => publishPractice(id, ctx), said('La pratique est publiée dans la collection.'));
}

export async function requestChangesAction(id: string, _previous: EditAnswer | null, form: FormData): Promise<EditAnswer> {
  return runAction((ctx) => requestPracticeChanges(id, messageOf(form), ctx), said('Votre message et un nouveau lien ont été envoyés par e-mail à la personne qui a répondu.'));
}

export async function declineAction(id: string, _previous: EditAnswer | null, form: FormData): Promise<EditAnswer> {
  return runAction((ctx) => declinePractice(id, messageOf(form), ctx), said('La réponse est refusée ; le motif a été envoyé par e-mail à la personne qui a répondu.'));
}

export async function unpublishAction(id: string, _previous: EditAnswer | null, form: FormData): Promise<EditAnswer> {
  return runAction((ctx) => unpublishPractice(id, messageOf(form), ctx), said('La pratique est retirée de la collection.'));
}
