// How every use case of the event editor starts: who is asking, and may they reach this event?
import type { z } from 'zod';
import type { Database, Executor } from '@/db/connect';
import { findScopedEvent } from '@/db/queries/managed-events';
import { eventScopeSql } from '@/db/queries/scope';
import type { Event } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { assertCan, assertCanReachEvent, scopeOf, type CurrentUser, type Permission } from '@/lib/auth/permissions';
import { effectsIf, eventChanged, type Effect } from '@/lib/effects';
import { AppError } from '@/lib/errors';
import { fieldErrors } from '@/lib/registrations/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is looked up nowhere: it is simply not found. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * The event `eventId`, read within the user's regions in SQL and checked again by
 * assertCanReachEvent: an event of another region (or an unknown or malformed id) is not_found.
 * With `lock`, the row is held (SELECT … FOR UPDATE) until the transaction ends, so every change
 * of one event (details, programme, seats) happens one at a time.
 */
export async function reachEvent(
  tx: Executor,
  user: CurrentUser | null,
  eventId: unknown,
  permission: Permission,
  options: { lock?: boolean } = {},
): Promise<Event> {
  assertCan(user, permission);
  const event = isUuid(eventId) ? await findScopedEvent(tx, eventId, eventScopeSql(scopeOf(user)), options) : null;
  assertCanReachEvent(user, permission, event);
  return event!;
}

/** A cancelled event is kept as it was, for the record. */
export function assertNotCancelled(event: Event) {
  if (event.status === 'cancelled') {
    throw new AppError('validation_failed', 'Cette rencontre est annulée : elle ne peut plus être modifiée.');
  }
}

/** The parsed input, or a validation_failed error with one French message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('validation_failed', 'Certaines informations sont à corriger.', fieldErrors(parsed.error));
  return parsed.data;
}

export const notFoundIn = (what: string) => new AppError('not_found', `${what} introuvable dans cette rencontre.`);

/** Who asks: what every use case of the editor is handed last but for its executor. */
export type Actor = { user: CurrentUser | null };

/** Who asks, the clock and the site's address (for the e-mails a change sends). */
export type EditorContext = Actor & { now: Date; appUrl: string };

/** What a change of an event answers: whether anything changed, and the pages to refresh if so. */
export type ManageResult = { changed: boolean; effects: Effect[] };

/** The event, locked for this transaction, that the user may edit and that is not cancelled. */
export async function lockEditableEvent(tx: Executor, user: CurrentUser | null, eventId: unknown): Promise<Event> {
  const event = await reachEvent(tx, user, eventId, 'events:edit', { lock: true });
  assertNotCancelled(event);
  return event;
}

/**
 * How every change of an editable event runs: in one transaction, on the event locked for it
 * (changes of one event happen one at a time), by a user who may edit it. The change says whether
 * it changed anything; the event's public pages are then to be refreshed (its effects).
 */
export async function changeEvent<R extends { changed: boolean }>(
  eventId: unknown,
  { user }: Actor,
  db: Database,
  change: (tx: Executor, event: Event, user: CurrentUser) => Promise<R>,
): Promise<R & ManageResult> {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const result = await change(tx, event, user);
    return { ...result, effects: effectsIf(result.changed, eventChanged(event.slug)) };
  });
}

type Change = { entity: string; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; entityId?: string };

/** One change of an event's part in the audit trail, by `user`: the row before and after (null when created or removed). */
export function auditChange(tx: Executor, user: CurrentUser, event: Event, { entityId, ...change }: Change) {
  const id = entityId ?? String((change.before ?? change.after)?.id);
  return recordAudit(tx, { userId: user.id, entityId: id, eventId: event.id, ...change });
}
