// SQL of an event's speakers and of the times of the programme they speak at.
import { and, asc, eq, max } from 'drizzle-orm';
import type { Executor } from '../connect';
import { agendaItems, agendaItemSpeakers, speakers, type Speaker } from '../schema';

type SpeakerValues = Pick<typeof speakers.$inferInsert, 'name' | 'role' | 'organisation'>;
type SpeakerLink = { agendaItemId: string; speakerId: string };

export async function findSpeakersOfEvent(tx: Executor, eventId: string) {
  return tx.select().from(speakers).where(eq(speakers.eventId, eventId)).orderBy(asc(speakers.position), asc(speakers.name));
}

export async function findSpeaker(tx: Executor, eventId: string, speakerId: string) {
  const [row] = await tx
    .select()
    .from(speakers)
    .where(and(eq(speakers.id, speakerId), eq(speakers.eventId, eventId)));
  return row ?? null;
}

/** The links between an event's programme and its speakers. */
export async function findSpeakerLinks(tx: Executor, eventId: string) {
  return tx
    .select({ agendaItemId: agendaItemSpeakers.agendaItemId, speakerId: agendaItemSpeakers.speakerId })
    .from(agendaItemSpeakers)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaItemSpeakers.agendaItemId))
    .where(eq(agendaItems.eventId, eventId));
}

/** A new speaker, last of the event's list. */
export async function insertSpeaker(tx: Executor, eventId: string, values: SpeakerValues): Promise<Speaker> {
  const [{ last }] = await tx.select({ last: max(speakers.position) }).from(speakers).where(eq(speakers.eventId, eventId));
  const [row] = await tx
    .insert(speakers)
    .values({ eventId, ...values, position: (last ?? -1) + 1 })
    .returning();
  return row;
}

export async function updateSpeakerRow(tx: Executor, speakerId: string, values: SpeakerValues): Promise<Speaker> {
  const [row] = await tx.update(speakers).set(values).where(eq(speakers.id, speakerId)).returning();
  return row;
}

/** Removes a speaker, and (by the foreign key) their links to the programme. */
export async function deleteSpeaker(tx: Executor, speakerId: string) {
  await tx.delete(speakers).where(eq(speakers.id, speakerId));
}

export async function insertSpeakerLink(tx: Executor, link: SpeakerLink) {
  await tx.insert(agendaItemSpeakers).values(link);
}

/** Whether a link was there to remove. */
export async function deleteSpeakerLink(tx: Executor, link: SpeakerLink): Promise<boolean> {
  const removed = await tx
    .delete(agendaItemSpeakers)
    .where(and(eq(agendaItemSpeakers.agendaItemId, link.agendaItemId), eq(agendaItemSpeakers.speakerId, link.speakerId)))
    .returning();
  return removed.length > 0;
}
