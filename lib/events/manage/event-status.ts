// An event's life: draft → published → (back to draft while nobody is registered) → cancelled.
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import { findAgendaItems } from '@/db/queries/agenda-items';
import { setEventStatus } from '@/db/queries/event-updates';
import { countRegistrationsByStatus, findLiveRegistrationIds } from '@/db/queries/managed-events';
import { findWorkshopsOfEvent } from '@/db/queries/workshops';
import type { Event, EventStatus } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { assertCan } from '@/lib/auth/permissions';
import { enqueueEmail } from '@/lib/email/outbox';
import { loadRegistrationEmailData } from '@/lib/email/registration-data';
import { registrationEmail } from '@/lib/email/templates';
import { eventChanged } from '@/lib/effects';
import { AppError } from '@/lib/errors';
import { changeEvent, parseInput, reachEvent, type Actor, type EditorContext } from './access';
import { missingForPublication } from './agenda-rules';
import { cancelEventSchema } from './cancel-event-schema';

async function setStatus(tx: Executor, event: Event, status: EventStatus, userId: string, action: string, now: Date) {
  const updated = await setEventStatus(tx, event.id, status, now);
  await recordAudit(tx, { userId, entity: 'event', entityId: event.id, eventId: event.id, action, before: { status: event.status }, after: { status } });
  return updated;
}

/**
 * Shows a draft to the public. Only a complete event is published: venue, registration window,
 * a programme, and ateliers in every workshop slot; otherwise the French message lists what is
 * missing (also in `details.missing`). Publishing a published event changes nothing.
 */
export async function publishEvent(eventId: string, ctx: Actor & { now: Date }, db: Database = pool) {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    if (event.status === 'published') return { changed: false };
    const [items, ateliers] = await Promise.all([findAgendaItems(tx, event.id), findWorkshopsOfEvent(tx, event.id)]);
    const perSlot = new Map<string, number>();
    for (const w of ateliers) perSlot.set(w.slotId, (perSlot.get(w.slotId) ?? 0) + 1);
    const missing = missingForPublication(event, items, perSlot);
    if (missing.length) {
      throw new AppError('validation_failed', `La rencontre ne peut pas encore être publiée. Il manque : ${missing.join(' ; ')}.`, undefined, {
        missing,
      });
    }
    await setStatus(tx, event, 'published', user.id, 'publish', ctx.now);
    return { changed: true };
  });
}

/**
 * Takes a published event back to draft. Refused once someone holds a seat or a place on the
 * waiting list: they would be left with an event that vanished without a word. Such an event is
 * cancelled instead, which tells every registrant.
 */
export async function unpublishEvent(eventId: string, ctx: Actor & { now: Date }, db: Database = pool) {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    if (event.status === 'draft') return { changed: false };
    const counts = await countRegistrationsByStatus(tx, event.id);
    const live = counts.confirmed + counts.waitlisted;
    if (live > 0) {
      throw new AppError(
        'validation_failed',
        `Cette rencontre compte ${live} inscription${live > 1 ? 's' : ''} en cours : elle ne peut pas revenir en brouillon. Si elle n’a plus lieu, annulez-la : les personnes inscrites seront prévenues par e-mail.`,
      );
    }
    await setStatus(tx, event, 'draft', user.id, 'unpublish', ctx.now);
    return { changed: true };
  });
}

/**
 * Cancels an event for good. Every live registrant (confirmed or waitlisted) gets the
 * `event_cancelled` e-mail, queued in the same transaction; the registrations stay as they were,
 * for the record. Cancelling a cancelled event changes nothing.
 */
export async function cancelEvent(eventId: string, input: unknown, ctx: EditorContext, db: Database = pool) {
  const { user } = ctx;
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await reachEvent(tx, user, eventId, 'events:edit', { lock: true });
    parseInput(cancelEventSchema, input);
    if (event.status === 'cancelled') return { changed: false, notified: 0, effects: [] };
    await setStatus(tx, event, 'cancelled', user.id, 'cancel', ctx.now);
    const ids = await findLiveRegistrationIds(tx, event.id);
    // No private link in this e-mail: there is nothing left to change.
    const data = await loadRegistrationEmailData(tx, ids, { appUrl: ctx.appUrl, manageUrl: () => null });
    for (const registration of data) {
      await enqueueEmail(tx, registrationEmail('event_cancelled', registration, { now: ctx.now }));
    }
    return { changed: true, notified: data.length, effects: [eventChanged(event.slug)] };
  });
}
