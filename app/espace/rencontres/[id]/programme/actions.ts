'use server';

import { db } from '@/db';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '@/lib/events/manage/agenda-items';
import { addSpeaker, linkSpeaker, removeSpeaker, unlinkSpeaker, updateSpeaker } from '@/lib/events/manage/speakers';
import { addWorkshop, removeWorkshop, updateWorkshop } from '@/lib/events/manage/workshops';
import { promotedSentence, runEdit, type EditAnswer } from '../../run-action';

// Bound by the page to an event (and an item, atelier or speaker of it). Nothing bound is trusted:
// each use case checks the signed-in user's rights on the event and that the item belongs to it.

type Previous = EditAnswer | null;

export async function addAgendaItemAction(eventId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((user) => addAgendaItem(db, user, eventId, values), () => 'Le temps est ajouté au programme.');
}

export async function updateAgendaItemAction(eventId: string, itemId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((user) => updateAgendaItem(db, user, eventId, itemId, values), () => 'Le temps du programme est enregistré.');
}

export async function removeAgendaItemAction(eventId: string, itemId: string, _previous: Previous, _form: FormData): Promise<EditAnswer> {
  return runEdit((user) => removeAgendaItem(db, user, eventId, itemId), () => 'Le temps est retiré du programme.');
}

export async function moveAgendaItemAction(
  eventId: string,
  itemId: string,
  direction: 'up' | 'down',
  _previous: Previous,
  _form: FormData,
): Promise<EditAnswer> {
  return runEdit((user) => moveAgendaItem(db, user, eventId, itemId, direction), () => 'Le programme est réordonné.');
}

export async function addWorkshopAction(eventId: string, slotId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((user) => addWorkshop(db, user, eventId, slotId, values), () => 'L’atelier est ajouté.');
}

export async function updateWorkshopAction(eventId: string, workshopId: string, values: unknown): Promise<EditAnswer> {
  return runEdit(
    (user, ctx) => updateWorkshop(db, user, eventId, workshopId, values, ctx),
    (r) => `L’atelier est enregistré.${promotedSentence(r.promoted)}`,
    { emails: true },
  );
}

export async function removeWorkshopAction(eventId: string, workshopId: string, _previous: Previous, _form: FormData): Promise<EditAnswer> {
  return runEdit((user) => removeWorkshop(db, user, eventId, workshopId), () => 'L’atelier est supprimé.');
}

export async function addSpeakerAction(eventId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((user) => addSpeaker(db, user, eventId, values), () => 'L’intervenant·e est ajouté·e.');
}

export async function updateSpeakerAction(eventId: string, speakerId: string, values: unknown): Promise<EditAnswer> {
  return runEdit((user) => updateSpeaker(db, user, eventId, speakerId, values), () => 'L’intervenant·e est enregistré·e.');
}

export async function removeSpeakerAction(eventId: string, speakerId: string, _previous: Previous, _form: FormData): Promise<EditAnswer> {
  return runEdit((user) => removeSpeaker(db, user, eventId, speakerId), () => 'L’intervenant·e est retiré·e.');
}

export async function linkSpeakerAction(eventId: string, agendaItemId: string, _previous: Previous, form: FormData): Promise<EditAnswer> {
  const input = { agendaItemId, speakerId: form instanceof FormData ? String(form.get('speakerId') ?? '') : '' };
  return runEdit((user) => linkSpeaker(db, user, eventId, input), () => 'L’intervenant·e est associé·e à ce temps.');
}

export async function unlinkSpeakerAction(
  eventId: string,
  agendaItemId: string,
  speakerId: string,
  _previous: Previous,
  _form: FormData,
): Promise<EditAnswer> {
  return runEdit((user) => unlinkSpeaker(db, user, eventId, { agendaItemId, speakerId }), () => 'L’intervenant·e est retiré·e de ce temps.');
}
