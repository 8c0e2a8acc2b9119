// SQL that changes an event row: its details and its status.
import { eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import { events, type Event, type EventStatus, type NewEvent } from '../schema';

export async function updateEventRow(tx: Executor, eventId: string, values: Partial<Omit<NewEvent, 'id' | 'slug'>>): Promise<Event> {
  const [row] = await tx.update(events).set(values).where(eq(events.id, eventId)).returning();
  return row;
}

export async function setEventStatus(tx: Executor, eventId: string, status: EventStatus, now: Date): Promise<Event> {
  return updateEventRow(tx, eventId, { status, updatedAt: now });
}
