// When seats free up, the oldest waitlisted registrations whose workshops have room are confirmed.
import type { Executor } from '@/db/connect';
import { findChoices, findWaitlisted, markConfirmed } from '@/db/queries/registrations';
import { countConfirmed, findSeats } from '@/db/queries/seats';
import type { Event } from '@/db/schema';
import { queueRegistrationEmail } from './notify';

/**
 * Confirms waitlisted registrations, oldest first, while the event has seats. One whose chosen
 * workshop is full is passed over (it keeps its place in the line) for the next one that fits.
 * The caller holds the event's lock. Returns the ids promoted.
 */
export async function promoteFromWaitlist(tx: Executor, event: Event, options: { now: Date; appUrl: string }): Promise<string[]> {
  const promoted: string[] = [];
  let confirmed = await countConfirmed(tx, event.id);
  if (confirmed >= event.capacity) return promoted;
  const waitlisted = await findWaitlisted(tx, event.id);
  if (waitlisted.length === 0) return promoted;
  const { slots } = await findSeats(tx, event.id);
  const choices = await findChoices(tx, waitlisted.map((r) => r.id));
  const seatsLeft = new Map(slots.flatMap((s) => s.workshops.map((w) => [w.id, w.capacity - w.taken] as const)));
  for (const candidate of waitlisted) {
    if (confirmed >= event.capacity) break;
    const chosen = choices.filter((c) => c.registrationId === candidate.id).map((c) => c.workshopId);
    if (chosen.some((id) => (seatsLeft.get(id) ?? 0) <= 0)) continue;
    for (const id of chosen) seatsLeft.set(id, seatsLeft.get(id)! - 1);
    await markConfirmed(tx, candidate.id, options.now);
    await queueRegistrationEmail(tx, 'registration_promoted', candidate.id, { appUrl: options.appUrl });
    confirmed++;
    promoted.push(candidate.id);
  }
  return promoted;
}
