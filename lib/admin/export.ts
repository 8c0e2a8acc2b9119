// The tour-wide export of registrations, with the filters of the events page (edition, region,
// event status) and a registration status: national staff only.
import type { Executor } from '@/db/connect';
import { countMostSlots, findTourChoices, findTourRegistrationRows } from '@/db/queries/admin-events';
import { assertCanInConsole, type CurrentUser } from '@/lib/auth/permissions';
import { tourRegistrationsCsv, type TourCsvRow } from '@/lib/exports/tour-registrations-csv';
import { byName } from '@/lib/registrations/list';
import { parisDate } from '@/lib/time';

import type { TourFilters } from './tour-filters';
import { db as pool } from '@/db';

export async function exportTourRegistrations(
  user: CurrentUser | null,
  filters: TourFilters,
  ctx: { now: Date },
  db: Executor = pool,
): Promise<{ filename: string; csv: string; count: number }> {
  assertCanInConsole(user, 'registrations:export');
  const [rows, choices, slotCount] = await Promise.all([
    findTourRegistrationRows(db, filters),
    findTourChoices(db, filters),
    countMostSlots(db, filters),
  ]);
  const chosen = new Map<string, TourCsvRow['choices']>();
  for (const c of choices) {
    const of = chosen.get(c.registrationId) ?? {};
    of[c.slotPosition] = { code: c.code, title: c.title };
    chosen.set(c.registrationId, of);
  }
  // Events in the database's order (by date); within one, people in French alphabetical order.
  const eventOrder = new Map<string, number>();
  for (const r of rows) if (!eventOrder.has(r.registration.eventId)) eventOrder.set(r.registration.eventId, eventOrder.size);
  const lines: TourCsvRow[] = rows
    .map((r) => ({ ...r.registration, eventTitle: r.eventTitle, regionName: r.regionName, eventStartsAt: r.eventStartsAt, eventTimeZone: r.eventTimeZone, choices: chosen.get(r.registration.id) ?? {} }))
    .sort((a, b) => eventOrder.get(a.eventId)! - eventOrder.get(b.eventId)! || byName(a, b));
  return {
    filename: `inscriptions-tour-${parisDate(ctx.now)}.csv`,
    csv: tourRegistrationsCsv(lines, slotCount),
    count: lines.length,
  };
}
