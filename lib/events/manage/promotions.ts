// Seats added by an editor (a larger event or atelier) go to the waiting list at once.
import type { Executor } from '@/db/connect';
import type { Event } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { promoteFromWaitlist } from '@/lib/registrations/promote';

/**
 * Confirms the oldest waitlisted registrations that now fit, each told by e-mail, and writes who
 * caused it to the audit trail. The caller holds the event's lock.
 */
export async function promoteAfterNewSeats(tx: Executor, event: Event, userId: string, ctx: { now: Date; appUrl: string }) {
  const promoted = await promoteFromWaitlist(tx, event, ctx);
  for (const id of promoted) {
    await recordAudit(tx, {
      userId,
      entity: 'registration',
      entityId: id,
      eventId: event.id,
      action: 'promote',
      before: { status: 'waitlisted' },
      after: { status: 'confirmed' },
    });
  }
  return promoted;
}
