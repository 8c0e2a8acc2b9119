// SQL of an event's programme (agenda_items): read in time order, written one time at a time,
// numbered again after every change.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { agendaItems, type AgendaItem } from '../schema';

type AgendaValues = Omit<typeof agendaItems.$inferInsert, 'id' | 'eventId' | 'position'>;

/** An event's programme in time order (position breaks ties). */
export async function findAgendaItems(tx: Executor, eventId: string) {
  return tx
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.eventId, eventId))
    .orderBy(asc(agendaItems.startsAt), asc(agendaItems.position), asc(agendaItems.id));
}

export async function findAgendaItem(tx: Executor, eventId: string, itemId: string) {
  const [item] = await tx
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.eventId, eventId)));
  return item ?? null;
}

/** A new time at the end of the programme (renumberAgenda puts it in its place). */
export async function insertAgendaItem(tx: Executor, eventId: string, position: number, values: AgendaValues): Promise<AgendaItem> {
  const [item] = await tx
    .insert(agendaItems)
    .values({ eventId, position, ...values })
    .returning();
  return item;
}

export async function updateAgendaItemRow(tx: Executor, itemId: string, values: Partial<AgendaValues> & { position?: number }): Promise<AgendaItem> {
  const [item] = await tx.update(agendaItems).set(values).where(eq(agendaItems.id, itemId)).returning();
  return item;
}

export async function deleteAgendaItem(tx: Executor, itemId: string) {
  await tx.delete(agendaItems).where(eq(agendaItems.id, itemId));
}

/** Numbers an event's programme 0, 1, 2… in time order. */
export async function renumberAgenda(tx: Executor, eventId: string) {
  await tx.execute(sql`
    UPDATE ${agendaItems} AS a SET position = r.rn
    FROM (
      SELECT id, (row_number() OVER (ORDER BY starts_at, position, id) - 1)::int AS rn
      FROM ${agendaItems} WHERE event_id = ${eventId}
    ) AS r
    WHERE a.id = r.id AND a.position <> r.rn
  `);
}
