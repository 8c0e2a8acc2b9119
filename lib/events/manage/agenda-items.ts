// The agenda editor: the times of an event's day, inside the day and in order.
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import { deleteAgendaItem, findAgendaItem, findAgendaItems, insertAgendaItem, renumberAgenda, updateAgendaItemRow } from '@/db/queries/agenda-items';
import { countLiveChoices, findWorkshopCodes } from '@/db/queries/workshops';
import type { AgendaItem, Event } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { parisDate, parisTime } from '@/lib/time';
import { auditChange, changeEvent, isUuid, notFoundIn, parseInput, type Actor, type ManageResult } from './access';
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

export async function addAgendaItem(eventId: string, input: unknown, ctx: Actor, db: Database = pool) {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const data = parseInput(agendaItemSchema, input);
    const span = timesOnEventDay(event, data);
    const count = (await findAgendaItems(tx, event.id)).length;
    const item = await insertAgendaItem(tx, event.id, count, { kind: data.kind, title: data.title, description: data.description, ...span });
    await renumberAgenda(tx, event.id);
    await auditChange(tx, user, event, { entity: 'agenda_item', action: 'create', before: null, after: item });
    return { changed: true, id: item.id };
  });
}

export async function updateAgendaItem(eventId: string, itemId: string, input: unknown, ctx: Actor, db: Database = pool): Promise<ManageResult> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const item = await itemOf(tx, event, itemId);
    const data = parseInput(agendaItemSchema, input);
    const span = timesOnEventDay(event, data);
    // Ateliers hang on their slot (a composite key on the kind): a slot keeps its kind while it has any.
    if (item.kind === 'workshop_slot' && data.kind !== 'workshop_slot' && (await findWorkshopCodes(tx, item.id)).length > 0) {
      const message = 'Ce créneau a des ateliers : supprimez-les d’abord pour en changer la nature.';
      throw new AppError('validation_failed', message, { kind: message });
    }
    const updated = await updateAgendaItemRow(tx, item.id, { kind: data.kind, title: data.title, description: data.description, ...span });
    if (JSON.stringify(updated) === JSON.stringify(item)) return { changed: false };
    await renumberAgenda(tx, event.id);
    await auditChange(tx, user, event, { entity: 'agenda_item', action: 'update', before: item, after: updated });
    return { changed: true };
  });
}

/**
 * Removes a time of the programme. A workshop slot in which registrants chose an atelier stays:
 * their choices would vanish. A published event keeps at least one time in its programme.
 */
export async function removeAgendaItem(eventId: string, itemId: string, ctx: Actor, db: Database = pool): Promise<ManageResult> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
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
    await deleteAgendaItem(tx, item.id);
    await renumberAgenda(tx, event.id);
    await auditChange(tx, user, event, { entity: 'agenda_item', action: 'delete', before: item, after: null });
    return { changed: true };
  });
}

/**
 * Moves a time one step earlier ('up') or later ('down') in the programme by swapping it with its
 * neighbour: both keep their duration and the pair keeps its place in the day (agenda-rules.ts).
 */
export async function moveAgendaItem(eventId: string, itemId: string, direction: unknown, ctx: Actor, db: Database = pool): Promise<ManageResult> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
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
      await updateAgendaItemRow(tx, before.id, after);
      const { startsAt, endsAt, position } = before;
      await auditChange(tx, user, event, { entity: 'agenda_item', entityId: before.id, action: 'move', before: { startsAt, endsAt, position }, after });
    }
    await renumberAgenda(tx, event.id);
    return { changed: true };
  });
}
