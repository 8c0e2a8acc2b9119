'use server';

import { cancelEvent, publishEvent, unpublishEvent } from '@/lib/events/manage/event-status';
import { cancelledMessage, promotedSentence, type EditAnswer } from '@/lib/events/manage/messages';
import { updateEvent } from '@/lib/events/manage/update-event';
import { runEdit } from '@/lib/server/action';

// Each action is bound by the page to an event id; a crafted request may send any id, so the use
// case checks the signed-in user's rights on that event every time.

export async function updateEventAction(eventId: string, values: unknown): Promise<EditAnswer> {
  return runEdit(
    (ctx) => updateEvent(eventId, values, ctx),
    (r) => `Les informations de la rencontre sont enregistrées.${promotedSentence(r.promoted)}`,
  );
}

export async function publishEventAction(eventId: string, _previous: EditAnswer | null, _form: FormData): Promise<EditAnswer> {
  return runEdit((ctx) => publishEvent(eventId, ctx), () => 'La rencontre est publiée.');
}

export async function unpublishEventAction(eventId: string, _previous: EditAnswer | null, _form: FormData): Promise<EditAnswer> {
  return runEdit((ctx) => unpublishEvent(eventId, ctx), () => 'La rencontre est repassée en brouillon.');
}

export async function cancelEventAction(eventId: string, _previous: EditAnswer | null, form: FormData): Promise<EditAnswer> {
  const input = { confirm: form instanceof FormData && form.get('confirm') === 'oui' ? true : undefined };
  return runEdit((ctx) => cancelEvent(eventId, input, ctx), (r) => cancelledMessage(r.notified));
}
