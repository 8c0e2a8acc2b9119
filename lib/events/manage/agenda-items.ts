// The agenda editor: the times of an event's day, inside the day and in order.
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '@/db/connect';
import { countLiveChoices, findAgendaItem, findAgendaItems, findWorkshopCodes, renumberAgenda } from '@/db/queries/managed-events';
import { agendaItems, type AgendaItem, type Event } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { assertCan, type CurrentUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parisDate, parisTime } from '@/lib/time';
import { isUuid, lockEditableEvent, notFoundIn, parseInput, type ManageResult } from './access';
import { agendaItemSchema, moveDirectionSchema, type AgendaItemInput } from './agenda-item-schema';
import { describeItem, isWithin, outsideDayMessage, swapNeighbours } from './agenda-rules';

/** The item's times on the event's day, refused (per field) when outside the event. */
function timesOnEventDay(event: Event, data: AgendaItemInput) {
  const date = parisDate(event.startsAt, event.timeZone);
  const span = { startsAt: parisTime(date, data.startTime, event.timeZone), endsAt: parisTime(date, data.endTime, event.timeZone) };
  if (!isWithin(span, event)) {
    const message = outsideDayMessage(event);
    const fields: Record<string, string> = {};
    if (span.startsAt < event.startsAt || span.startsAt >= event.endsAt) fields.startTime = message;
    if (span.endsAt > event.endsAt || span.endsAt <= event.startsAt) fields.endTime = message;
    throw new AppError('validation_failed', message, fields);
  }
  return span;
}

async function itemOf(tx: Executor, event: Event, itemId: unknown): Promise<AgendaItem> {
  const item = isUuid(itemId) ? await findAgendaItem(tx, event.id, itemId) : null;
  if (!item) throw notFoundIn('Temps du programme');
  return item;
}

export async function addAgendaItem(db: Database, user: CurrentUser | null, eventId: string, input: unknown) {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const data = parseInput(agendaItemSchema, input);
    const span = timesOnEventDay(event, data);
    const count = (await findAgendaItems(tx, event.id)).length;
    const [item] = await tx
      .insert(agendaItems)
      .values({ eventId: event.id, kind: data.kind, title: data.title, description: data.description, ...span, position: count })
      .returning();
    await renumberAgenda(tx, event.id);
    await recordAudit(tx, { userId: user.id, entity: 'agenda_item', entityId: item.id, eventId: event.id, action: 'create', before: null, after: item });
    return { slug: event.slug, changed: true, id: item.id };
  });
}

export async function updateAgendaItem(
  db: Database,
  user: CurrentUser | null,
  eventId: string,
  itemId: string,
  input: unknown,
): Promise<ManageResult> {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const item = await itemOf(tx, event, itemId);
    const data = parseInput(agendaItemSchema, input);
    const span = timesOnEventDay(event, data);
    // Ateliers hang on their slot (a composite key on the kind): a slot keeps its kind while it has any.
    if (item.kind === 'workshop_slot' && data.kind !== 'workshop_slot' && (await findWorkshopCodes(tx, item.id)).length > 0) {
      const message = 'Ce créneau a des ateliers : supprimez-les d’abord pour en changer la nature.';
      throw new AppError('validation_failed', message, { kind: message });
    }
    const [updated] = await tx
      .update(agendaItems)
      .set({ kind: data.kind, title: data.title, description: data.description, ...span })
      .where(eq(agendaItems.id, item.id))
      .returning();
    const changed = JSON.stringify(updated) !== JSON.stringify(item);
    if (!changed) return { slug: event.slug, changed: false };
    await renumberAgenda(tx, event.id);
    await recordAudit(tx, { userId: user.id, entity: 'agenda_item', entityId: item.id, eventId: event.id, action: 'update', before: item, after: updated });
    return { slug: event.slug, changed: true };
  });
}

/**
 * Removes a time of the programme. A workshop slot in which registrants chose an atelier stays:
 * their choices would vanish. A published event keeps at least one time in its programme.
 */
export async function removeAgendaItem(db: Database, user: CurrentUser | null, eventId: string, itemId: string): Promise<ManageResult> {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const item = await itemOf(tx, event, itemId);
    if (item.kind === 'workshop_slot') {
      const chosen = await countLiveChoices(tx, { slotId: item.id });
      if (chosen > 0) {
        throw new AppError(
          'validation_failed',
          `Le créneau ${describeItem(item, event.timeZone)} ne peut pas être supprimé : ${chosen} personne${chosen > 1 ? 's' : ''} inscrite${chosen > 1 ? 's y ont' : ' y a'} choisi un atelier.`,
        );
      }
    }
    if (event.status === 'published' && (await findAgendaItems(tx, event.id)).length <= 1) {
      throw new AppError('validation_failed', 'Une rencontre publiée garde au moins un temps au programme.');
    }
    await tx.delete(agendaItems).where(eq(agendaItems.id, item.id));
    await renumberAgenda(tx, event.id);
    await recordAudit(tx, { userId: user.id, entity: 'agenda_item', entityId: item.id, eventId: event.id, action: 'delete', before: item, after: null });
    return { slug: event.slug, changed: true };
  });
}

/**
 * Moves a time one step earlier ('up') or later ('down') in the programme by swapping it with its
 * neighbour: both keep their duration and the pair keeps its place in the day (agenda-rules.ts).
 */
export async function moveAgendaItem(
  db: Database,
  user: CurrentUser | null,
  eventId: string,
  itemId: string,
  direction: unknown,
): Promise<ManageResult> {
  assertCan(user, 'events:edit');
  return db.transaction(async (tx) => {
    const event = await lockEditableEvent(tx, user, eventId);
    const item = await itemOf(tx, event, itemId);
    const way = parseInput(moveDirectionSchema, direction);
    const items = await findAgendaItems(tx, event.id);
    const index = items.findIndex((i) => i.id === item.id);
    const neighbourIndex = way === 'up' ? index - 1 : index + 1;
    if (neighbourIndex < 0 || neighbourIndex >= items.length) {
      throw new AppError('validation_failed', way === 'up' ? 'Ce temps ouvre déjà le programme.' : 'Ce temps clôt déjà le programme.');
    }
    const [first, second] = way === 'up' ? [items[neighbourIndex], item] : [item, items[neighbourIndex]];
    const swapped = swapNeighbours(first, second);
    if (!swapped) {
      throw new AppError(
        'validation_failed',
        `${describeItem(first, event.timeZone)} et ${describeItem(second, event.timeZone)} se chevauchent : modifiez plutôt leurs horaires.`,
      );
    }
    // Positions break ties between equal start times: the later one takes the earlier place.
    const moves = [
      { before: first, after: { ...swapped.first, position: second.position } },
      { before: second, after: { ...swapped.second, position: first.position } },
    ];
    for (const { before, after } of moves) {
      await tx.update(agendaItems).set(after).where(eq(agendaItems.id, before.id));
      await recordAudit(tx, {
        userId: user.id,
        entity: 'agenda_item',
        entityId: before.id,
        eventId: event.id,
        action: 'move',
        before: { startsAt: before.startsAt, endsAt: before.endsAt, position: before.position },
        after,
      });
    }
    await renumberAgenda(tx, event.id);
    return { slug: event.slug, changed: true };
  });
}
