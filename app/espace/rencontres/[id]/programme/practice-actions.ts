'use server';

import type { EditAnswer } from '@/lib/events/manage/messages';
import { linkPractice, searchPracticesToPresent, unlinkPractice } from '@/lib/practices/presentations';
import { runAction, runEdit } from '@/lib/server/action';

// "Pratique présentée", bound by the page to an event and one of its items or ateliers. Nothing
// bound is trusted: the use cases check the user's rights on the event and where the target lies.

export async function searchPracticesAction(eventId: string, values: unknown) {
  return runAction(async (ctx) => ({ practices: await searchPracticesToPresent(eventId, values, ctx) }));
}

export async function linkPracticeAction(eventId: string, agendaItemId: string, workshopId: string | null, values: unknown): Promise<EditAnswer> {
  const practiceId = values && typeof values === 'object' && 'practiceId' in values ? values.practiceId : undefined;
  return runEdit((ctx) => linkPractice(eventId, { practiceId, agendaItemId, workshopId: workshopId ?? '' }, ctx), () => 'La pratique est associée à ce temps du programme.');
}

export async function unlinkPracticeAction(eventId: string, presentationId: string, _previous: EditAnswer | null, _form: FormData): Promise<EditAnswer> {
  return runEdit((ctx) => unlinkPractice(eventId, presentationId, ctx), () => 'La pratique est retirée de ce temps du programme.');
}
