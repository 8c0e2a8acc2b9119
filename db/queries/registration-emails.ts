// A registration's e-mail data: the registration, its event and its chosen ateliers.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connect';
import { agendaItems, events, registrations, workshopChoices, workshops } from '../schema';

/** Registrations with their event, for e-mails. */
export async function findRegistrationsWithEvent(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ registration: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(inArray(registrations.id, ids));
}

/** The ateliers chosen by these registrations, with their slot's times. */
export async function findChoicesForEmails(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({
      registrationId: workshopChoices.registrationId,
      slotStartsAt: agendaItems.startsAt,
      slotEndsAt: agendaItems.endsAt,
      code: workshops.code,
      title: workshops.title,
    })
    .from(workshopChoices)
    .innerJoin(workshops, eq(workshops.id, workshopChoices.workshopId))
    .innerJoin(agendaItems, eq(agendaItems.id, workshopChoices.slotId))
    .where(inArray(workshopChoices.registrationId, ids))
    .orderBy(asc(agendaItems.startsAt));
}
