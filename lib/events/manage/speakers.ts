// The speakers of an event, and which times of the programme they speak at.
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import { findAgendaItem } from '@/db/queries/agenda-items';
import { deleteSpeaker, deleteSpeakerLink, findSpeaker, findSpeakerLinks, insertSpeaker, insertSpeakerLink, updateSpeakerRow } from '@/db/queries/speakers';
import { AppError } from '@/lib/errors';
import { auditChange, changeEvent, isUuid, notFoundIn, parseInput, type Actor, type ManageResult } from './access';
import { speakerLinkSchema, speakerSchema } from './speaker-schema';

async function speakerOf(tx: Executor, eventId: string, speakerId: unknown) {
  const speaker = isUuid(speakerId) ? await findSpeaker(tx, eventId, speakerId) : null;
  if (!speaker) throw notFoundIn('Intervenant·e');
  return speaker;
}

export async function addSpeaker(eventId: string, input: unknown, ctx: Actor, db: Database = pool) {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const speaker = await insertSpeaker(tx, event.id, parseInput(speakerSchema, input));
    await auditChange(tx, user, event, { entity: 'speaker', action: 'create', before: null, after: speaker });
    return { changed: true, id: speaker.id };
  });
}

export async function updateSpeaker(eventId: string, speakerId: string, input: unknown, ctx: Actor, db: Database = pool): Promise<ManageResult> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const speaker = await speakerOf(tx, event.id, speakerId);
    const updated = await updateSpeakerRow(tx, speaker.id, parseInput(speakerSchema, input));
    if (JSON.stringify(updated) === JSON.stringify(speaker)) return { changed: false };
    await auditChange(tx, user, event, { entity: 'speaker', action: 'update', before: speaker, after: updated });
    return { changed: true };
  });
}

/** Removes a speaker from the event, and from every time of the programme they were linked to. */
export async function removeSpeaker(eventId: string, speakerId: string, ctx: Actor, db: Database = pool): Promise<ManageResult> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const speaker = await speakerOf(tx, event.id, speakerId);
    await deleteSpeaker(tx, speaker.id);
    await auditChange(tx, user, event, { entity: 'speaker', action: 'delete', before: speaker, after: null });
    return { changed: true };
  });
}

async function linkTargets(tx: Executor, eventId: string, input: unknown) {
  const data = parseInput(speakerLinkSchema, input);
  const [item, speaker] = await Promise.all([findAgendaItem(tx, eventId, data.agendaItemId), findSpeaker(tx, eventId, data.speakerId)]);
  if (!item) throw notFoundIn('Temps du programme');
  if (!speaker) throw notFoundIn('Intervenant·e');
  return { item, speaker, link: { agendaItemId: item.id, speakerId: speaker.id } };
}

/** Names a speaker at a time of the programme (both of the same event). */
export async function linkSpeaker(eventId: string, input: unknown, ctx: Actor, db: Database = pool): Promise<ManageResult> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const { item, speaker, link } = await linkTargets(tx, event.id, input);
    if ((await findSpeakerLinks(tx, event.id)).some((l) => l.agendaItemId === item.id && l.speakerId === speaker.id)) {
      throw new AppError('validation_failed', `${speaker.name} intervient déjà à « ${item.title} ».`);
    }
    await insertSpeakerLink(tx, link);
    await auditChange(tx, user, event, { entity: 'agenda_item_speaker', entityId: `${item.id}:${speaker.id}`, action: 'link', before: null, after: link });
    return { changed: true };
  });
}

export async function unlinkSpeaker(eventId: string, input: unknown, ctx: Actor, db: Database = pool): Promise<ManageResult> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const { item, speaker, link } = await linkTargets(tx, event.id, input);
    if (!(await deleteSpeakerLink(tx, link))) return { changed: false };
    await auditChange(tx, user, event, { entity: 'agenda_item_speaker', entityId: `${item.id}:${speaker.id}`, action: 'unlink', before: link, after: null });
    return { changed: true };
  });
}
