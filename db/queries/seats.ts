// Seats taken, counted in SQL: only confirmed registrations hold a seat.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../connect';
import { agendaItems, registrations, workshopChoices, workshops } from '../schema';
import type { SlotWithSeats } from './registrations';

/** Confirmed registrations of the event whose id is in `eventId`. */
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

/**
 * An event's confirmed registrations and its workshop slots, each atelier with its capacity and
 * confirmed seats, in one statement that reads each confirmed registration once (about five times
 * faster than counting atelier by atelier on a full event). Run under the event's lock, it is
 * what a registration checks: ateliers added, removed or resized meanwhile included.
 * `ateliers: false` leaves the ateliers' seats uncounted (`taken` 0), for a first look before the lock.
 */
export async function findSeats(tx: Executor, eventId: string, { ateliers = true } = {}): Promise<{ confirmed: number; slots: SlotWithSeats[] }> {
  const rows = await tx.execute<{
    confirmed: number;
    slot_id: string | null;
    slot_title: string;
    slot_starts_at: string;
    slot_ends_at: string;
    workshop_id: string;
    code: string;
    title: string;
    capacity: number;
    taken: number;
  }>(sql`
    WITH confirmed AS (
      SELECT ${registrations.id} AS id FROM ${registrations}
      WHERE ${registrations.eventId} = ${eventId} AND ${registrations.status} = 'confirmed'
    ),
    taken AS (${
      ateliers
        ? sql`SELECT c.workshop_id, count(*)::int AS n FROM confirmed JOIN ${workshopChoices} c ON c.registration_id = confirmed.id GROUP BY c.workshop_id`
        : sql`SELECT NULL::uuid AS workshop_id, 0 AS n WHERE false`
    }),
    ateliers AS (
      SELECT s.id AS slot_id, s.title AS slot_title, s.starts_at AS slot_starts_at, s.ends_at AS slot_ends_at,
        w.id AS workshop_id, w.code, w.title, w.capacity, coalesce(taken.n, 0) AS taken
      FROM ${agendaItems} s JOIN ${workshops} w ON w.slot_id = s.id LEFT JOIN taken ON taken.workshop_id = w.id
      WHERE s.event_id = ${eventId} AND s.kind = 'workshop_slot'
    )
    SELECT (SELECT count(*)::int FROM confirmed) AS confirmed, ateliers.*
    FROM (SELECT 1) AS one LEFT JOIN ateliers ON true
    ORDER BY ateliers.slot_starts_at, ateliers.code`);
  const list = [...rows];
  const slots = new Map<string, SlotWithSeats>();
  for (const r of list) {
    if (!r.slot_id) continue;
    const slot = slots.get(r.slot_id) ?? { id: r.slot_id, title: r.slot_title, startsAt: new Date(r.slot_starts_at), endsAt: new Date(r.slot_ends_at), workshops: [] };
    slot.workshops.push({ id: r.workshop_id, code: r.code, title: r.title, capacity: r.capacity, taken: r.taken });
    slots.set(r.slot_id, slot);
  }
  return { confirmed: list[0]?.confirmed ?? 0, slots: [...slots.values()] };
}
