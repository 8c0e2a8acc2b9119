// The speakers of an event, and which times of the programme they speak at.
import { and, eq, max } from 'drizzle-orm';
import type { Database, Executor } from '@/db/connect';
import { findAgendaItem, findSpeaker, findSpeakerLinks } from '@/db/queries/managed-events';
import { agendaItemSpeakers, speakers } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { assertCan, type CurrentUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { isUuid, lockEditableEvent, notFoundIn, parseInput, type ManageResult } from './access';
import { speakerLinkSchema, speakerSchema } from './speaker-schema';

async function speakerOf(tx: Executor, eventId: string, speakerId: unknown) {
  const speaker = isUuid(speakerId) ? await findSpeaker(tx, eventId, speakerId) : null;
  if (!speaker) throw notFoundIn('Intervenant·e');
  return speaker;
}

export async function addSpeaker(db: Database, user: CurrentUser | null, eventId: string, input: unknown) {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const data = parseInput(speakerSchema, input);
    const [{ last }] = await tx.select({ last: max(speakers.position) }).from(speakers).where(eq(speakers.eventId, event.id));
    const [speaker] = await tx
      .insert(speakers)
      .values({ eventId: event.id, ...data, position: (last ?? -1) + 1 })
      .returning();
    await recordAudit(tx, { userId: user.id, entity: 'speaker', entityId: speaker.id, eventId: event.id, action: 'create', before: null, after: speaker });
    return { slug: event.slug, changed: true, id: speaker.id };
  });
}

export async function updateSpeaker(db: Database, user: CurrentUser | null, eventId: string, speakerId: string, input: unknown): Promise<ManageResult> {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const speaker = await speakerOf(tx, event.id, speakerId);
    const data = parseInput(speakerSchema, input);
    const [updated] = await tx.update(speakers).set(data).where(eq(speakers.id, speaker.id)).returning();
    if (JSON.stringify(updated) === JSON.stringify(speaker)) return { slug: event.slug, changed: false };
    await recordAudit(tx, { userId: user.id, entity: 'speaker', entityId: speaker.id, eventId: event.id, action: 'update', before: speaker, after: updated });
    return { slug: event.slug, changed: true };
  });
}

/** Removes a speaker from the event, and from every time of the programme they were linked to. */
export async function removeSpeaker(db: Database, user: CurrentUser | null, eventId: string, speakerId: string): Promise<ManageResult> {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const speaker = await speakerOf(tx, event.id, speakerId);
    await tx.delete(speakers).where(eq(speakers.id, speaker.id));
    await recordAudit(tx, { userId: user.id, entity: 'speaker', entityId: speaker.id, eventId: event.id, action: 'delete', before: speaker, after: null });
    return { slug: event.slug, changed: true };
  });
}

async function linkTargets(tx: Executor, eventId: string, input: unknown) {
  const data = parseInput(speakerLinkSchema, input);
  const [item, speaker] = await Promise.all([findAgendaItem(tx, eventId, data.agendaItemId), findSpeaker(tx, eventId, data.speakerId)]);
  if (!item) throw notFoundIn('Temps du programme');
  if (!speaker) throw notFoundIn('Intervenant·e');
  return { item, speaker };
}

/** Names a speaker at a time of the programme (both of the same event). */
export async function linkSpeaker(db: Database, user: CurrentUser | null, eventId: string, input: unknown): Promise<ManageResult> {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const { item, speaker } = await linkTargets(tx, event.id, input);
    if ((await findSpeakerLinks(tx, event.id)).some((l) => l.agendaItemId === item.id && l.speakerId === speaker.id)) {
      throw new AppError('validation_failed', `${speaker.name} intervient déjà à « ${item.title} ».`);
    }
    await tx.insert(agendaItemSpeakers).values({ agendaItemId: item.id, speakerId: speaker.id });
    await recordAudit(tx, {
      userId: user.id,
      entity: 'agenda_item_speaker',
      entityId: `${item.id}:${speaker.id}`,
      eventId: event.id,
      action: 'link',
      before: null,
      after: { agendaItemId: item.id, speakerId: speaker.id },
    });
    return { slug: event.slug, changed: true };
  });
}

export async function unlinkSpeaker(db: Database, user: CurrentUser | null, eventId: string, input: unknown): Promise<ManageResult> {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const { item, speaker } = await linkTargets(tx, event.id, input);
    const removed = await tx
      .delete(agendaItemSpeakers)
      .where(and(eq(agendaItemSpeakers.agendaItemId, item.id), eq(agendaItemSpeakers.speakerId, speaker.id)))
      .returning();
    if (removed.length === 0) return { slug: event.slug, changed: false };
    await recordAudit(tx, {
      userId: user.id,
      entity: 'agenda_item_speaker',
      entityId: `${item.id}:${speaker.id}`,
      eventId: event.id,
      action: 'unlink',
      before: { agendaItemId: item.id, speakerId: speaker.id },
      after: null,
    });
    return { slug: event.slug, changed: true };
  });
}
