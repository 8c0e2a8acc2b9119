// SQL of the ateliers of an event's workshop slots, with the seats and choices they hold.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { agendaItems, registrations, workshopChoices, workshops, type Workshop } from '../schema';
import { waitlistedCount } from './managed-events';
import { confirmedCount } from './seats';
import { confirmedInWorkshop } from './seats';

type WorkshopValues = Pick<typeof workshops.$inferInsert, 'code' | 'title' | 'description' | 'room' | 'capacity'>;

/** An event's ateliers with their confirmed seats and waitlisted choices. */
export async function findWorkshopsOfEvent(tx: Executor, eventId: string) {
  return tx
    .select({
      id: workshops.id,
      slotId: workshops.slotId,
      code: workshops.code,
      title: workshops.title,
      description: workshops.description,
      room: workshops.room,
      capacity: workshops.capacity,
      taken: confirmedCount,
      waitlisted: waitlistedCount,
    })
    .from(workshops)
    .innerJoin(agendaItems, eq(agendaItems.id, workshops.slotId))
    .leftJoin(workshopChoices, eq(workshopChoices.workshopId, workshops.id))
    .leftJoin(registrations, eq(registrations.id, workshopChoices.registrationId))
    .where(eq(agendaItems.eventId, eventId))
    .groupBy(workshops.id)
    .orderBy(asc(workshops.code));
}

/** One atelier of the event, with its slot; null if it belongs to another event. */
export async function findWorkshop(tx: Executor, eventId: string, workshopId: string) {
  const [row] = await tx
    .select({ workshop: workshops, slot: agendaItems, taken: confirmedInWorkshop(workshops.id) })
    .from(workshops)
    .innerJoin(agendaItems, eq(agendaItems.id, workshops.slotId))
    .where(and(eq(workshops.id, workshopId), eq(agendaItems.eventId, eventId)));
  return row ?? null;
}

export async function findWorkshopCodes(tx: Executor, slotId: string) {
  return tx.select({ id: workshops.id, code: workshops.code }).from(workshops).where(eq(workshops.slotId, slotId));
}

/** Registrations (confirmed or waitlisted) whose choices point at this slot or atelier. */
export async function countLiveChoices(tx: Executor, target: { slotId: string } | { workshopId: string }) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(workshopChoices)
    .innerJoin(registrations, eq(registrations.id, workshopChoices.registrationId))
    .where(
      and(
        'slotId' in target ? eq(workshopChoices.slotId, target.slotId) : eq(workshopChoices.workshopId, target.workshopId),
        inArray(registrations.status, ['confirmed', 'waitlisted']),
      ),
    );
  return row.n;
}

export async function insertWorkshop(tx: Executor, slotId: string, values: WorkshopValues): Promise<Workshop> {
  const [row] = await tx.insert(workshops).values({ slotId, ...values }).returning();
  return row;
}

export async function updateWorkshopRow(tx: Executor, workshopId: string, values: WorkshopValues): Promise<Workshop> {
  const [row] = await tx.update(workshops).set(values).where(eq(workshops.id, workshopId)).returning();
  return row;
}

export async function deleteWorkshop(tx: Executor, workshopId: string) {
  await tx.delete(workshops).where(eq(workshops.id, workshopId));
}
