'use server';

import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '@/lib/events/manage/agenda-items';
import { promotedSentence, type EditAnswer } from '@/lib/events/manage/messages';
import { addSpeaker, linkSpeaker, removeSpeaker, unlinkSpeaker, updateSpeaker } from '@/lib/events/manage/speakers';
import { addWorkshop, removeWorkshop, updateWorkshop } from '@/lib/events/manage/workshops';
import { runEdit } from '@/lib/server/action';

// Bound by the page to an event (and an item, atelier or speaker of it). Nothing bound is trusted:
// each use case checks the signed-in user's rights on the event and that the item belongs to it.

type Previous = EditAnswer | null;

export async function addAgendaItemAction(eventId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((ctx) => addAgendaItem(eventId, values, ctx), () => 'Le temps est ajouté au programme.');
}

export async function updateAgendaItemAction(eventId: string, itemId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((ctx) => updateAgendaItem(eventId, itemId, values, ctx), () => 'Le temps du programme est enregistré.');
}

export async function removeAgendaItemAction(eventId: string, itemId: string, _previous: Previous, _form: FormData): Promise<EditAnswer> {
  return runEdit((ctx) => removeAgendaItem(eventId, itemId, ctx), () => 'Le temps est retiré du programme.');
}

export async function moveAgendaItemAction(eventId: string, itemId: string, direction: 'up' | 'down', _previous: Previous, _form: FormData): Promise<EditAnswer> {
  return runEdit((ctx) => moveAgendaItem(eventId, itemId, direction, ctx), () => 'Le programme est réordonné.');
}

export async function addWorkshopAction(eventId: string, slotId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((ctx) => addWorkshop(eventId, slotId, values, ctx), () => 'L’atelier est ajouté.');
}

export async function updateWorkshopAction(eventId: string, workshopId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((ctx) => updateWorkshop(eventId, workshopId, values, ctx), (r) => `L’atelier est enregistré.${promotedSentence(r.promoted)}`);
}

export async function removeWorkshopAction(eventId: string, workshopId: string, _previous: Previous, _form: FormData): Promise<EditAnswer> {
  return runEdit((ctx) => removeWorkshop(eventId, workshopId, ctx), () => 'L’atelier est supprimé.');
}

export async function addSpeakerAction(eventId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((ctx) => addSpeaker(eventId, values, ctx), () => 'L’intervenant·e est ajouté·e.');
}

export async function updateSpeakerAction(eventId: string, speakerId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((ctx) => updateSpeaker(eventId, speakerId, values, ctx), () => 'L’intervenant·e est enregistré·e.');
}

export async function removeSpeakerAction(eventId: string, speakerId: string, _previous: Previous, _form: FormData): Promise<EditAnswer> {
  return runEdit((ctx) => removeSpeaker(eventId, speakerId, ctx), () => 'L’intervenant·e est retiré·e.');
}

export async function linkSpeakerAction(eventId: string, agendaItemId: string, _previous: Previous, form: FormData): Promise<EditAnswer> {
  const input = { agendaItemId, speakerId: form instanceof FormData ? String(form.get('speakerId') ?? '') : '' };
  return runEdit((ctx) => linkSpeaker(eventId, input, ctx), () => 'L’intervenant·e est associé·e à ce temps.');
}

export async function unlinkSpeakerAction(eventId: string, agendaItemId: string, speakerId: string, _previous: Previous, _form: FormData): Promise<EditAnswer> {
  return runEdit((ctx) => unlinkSpeaker(eventId, { agendaItemId, speakerId }, ctx), () => 'L’intervenant·e est retiré·e de ce temps.');
}
