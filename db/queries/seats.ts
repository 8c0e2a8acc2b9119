// Seats taken, counted in SQL: only confirmed registrations hold a seat.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { registrations, workshopChoices } from '../schema';

/** Confirmed registrations of the meeting whose id is in `eventId`. */
export function confirmedInEvent(eventId: AnyPgColumn | SQL): SQL<number> {
  return sql<number>`(
    SELECT count(*)::int FROM ${registrations}
    WHERE ${registrations.eventId} = ${eventId} AND ${registrations.status} = 'confirmed'
  )`;
}

/** Confirmed choices of the atelier whose id is in `workshopId`. */
export function confirmedInWorkshop(workshopId: AnyPgColumn | SQL): SQL<number> {
  return sql<number>`(
    SELECT count(*)::int FROM ${workshopChoices}
    JOIN ${registrations} ON ${registrations.id} = ${workshopChoices.registrationId}
    WHERE ${workshopChoices.workshopId} = ${workshopId} AND ${registrations.status} = 'confirmed'
  )`;
}
