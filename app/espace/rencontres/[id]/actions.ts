'use server';

import { db } from '@/db';
import { cancelEvent, publishEvent, unpublishEvent } from '@/lib/events/manage/event-status';
import { updateEvent } from '@/lib/events/manage/update-event';
import { promotedSentence, runEdit, type EditAnswer } from '../run-action';

// Each action is bound by the page to an event id; a crafted request may send any id, so the use
// case checks the signed-in user's rights on that event every time.

export async function updateEventAction(eventId: string, values: unknown): Promise<EditAnswer> {
  return runEdit(
    (user, ctx) => updateEvent(db, user, eventId, values, ctx),
    (r) => `Les informations de la rencontre sont enregistrées.${promotedSentence(r.promoted)}`,
    { emails: true },
  );
}

export async function publishEventAction(eventId: string, _previous: EditAnswer | null, _form: FormData): Promise<EditAnswer> {
  return runEdit((user, ctx) => publishEvent(db, user, eventId, ctx), () => 'La rencontre est publiée.');
}

export async function unpublishEventAction(eventId: string, _previous: EditAnswer | null, _form: FormData): Promise<EditAnswer> {
  return runEdit((user, ctx) => unpublishEvent(db, user, eventId, ctx), () => 'La rencontre est repassée en brouillon.');
}

export async function cancelEventAction(eventId: string, _previous: EditAnswer | null, form: FormData): Promise<EditAnswer> {
  const input = { confirm: form instanceof FormData && form.get('confirm') === 'oui' ? true : undefined };
  return runEdit(
    (user, ctx) => cancelEvent(db, user, eventId, input, ctx),
    (r) => `La rencontre est annulée. ${r.notified} e-mail${r.notified > 1 ? 's' : ''} d’annulation envoyé${r.notified > 1 ? 's' : ''}.`,
    { emails: true },
  );
}
