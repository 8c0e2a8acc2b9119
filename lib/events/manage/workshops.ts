// The ateliers of a workshop slot: letter, title, description, room and capacity.
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import { findAgendaItem } from '@/db/queries/agenda-items';
import { countLiveChoices, deleteWorkshop, findWorkshop, findWorkshopCodes, insertWorkshop, updateWorkshopRow } from '@/db/queries/workshops';
import type { Event } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { auditChange, changeEvent, isUuid, notFoundIn, parseInput, type Actor, type EditorContext, type ManageResult } from './access';
import { promoteAfterNewSeats } from './promotions';
import { workshopSchema } from './workshop-schema';

async function assertFreeCode(tx: Executor, slotId: string, code: string, exceptId?: string) {
  const taken = (await findWorkshopCodes(tx, slotId)).some((w) => w.code === code && w.id !== exceptId);
  if (taken) {
    const message = `La lettre ${code} est déjà prise par un autre atelier de ce créneau.`;
    throw new AppError('validation_failed', message, { code: message });
  }
}

async function workshopOf(tx: Executor, event: Event, workshopId: unknown) {
  const row = isUuid(workshopId) ? await findWorkshop(tx, event.id, workshopId) : null;
  if (!row) throw notFoundIn('Atelier');
  return row;
}

export async function addWorkshop(eventId: string, slotId: string, input: unknown, ctx: Actor, db: Database = pool) {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const slot = isUuid(slotId) ? await findAgendaItem(tx, event.id, slotId) : null;
    if (!slot || slot.kind !== 'workshop_slot') throw notFoundIn('Créneau d’ateliers');
    const data = parseInput(workshopSchema, input);
    await assertFreeCode(tx, slot.id, data.code);
    const workshop = await insertWorkshop(tx, slot.id, data);
    await auditChange(tx, user, event, { entity: 'workshop', action: 'create', before: null, after: workshop });
    return { changed: true, id: workshop.id };
  });
}

/**
 * Edits an atelier. Its capacity never goes below the confirmed registrants who chose it; a larger
 * one confirms waitlisted people whose atelier was full, at once.
 */
export async function updateWorkshop(eventId: string, workshopId: string, input: unknown, ctx: EditorContext, db: Database = pool) {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const { workshop, taken } = await workshopOf(tx, event, workshopId);
    const data = parseInput(workshopSchema, input);
    await assertFreeCode(tx, workshop.slotId, data.code, workshop.id);
    if (data.capacity < taken) {
      const message = `L’atelier ${workshop.code} compte ${taken} participant·e${taken > 1 ? 's' : ''} confirmé·e${taken > 1 ? 's' : ''} : sa capacité ne peut pas être inférieure à ${taken}.`;
      throw new AppError('validation_failed', message, { capacity: message });
    }
    const updated = await updateWorkshopRow(tx, workshop.id, data);
    if (JSON.stringify(updated) === JSON.stringify(workshop)) return { changed: false, promoted: 0 };
    await auditChange(tx, user, event, { entity: 'workshop', action: 'update', before: workshop, after: updated });
    const promoted = updated.capacity > workshop.capacity ? await promoteAfterNewSeats(tx, event, user.id, ctx) : [];
    return { changed: true, promoted: promoted.length };
  });
}

/** Removes an atelier nobody has chosen (a chosen one would leave its registrants without one). */
export async function removeWorkshop(eventId: string, workshopId: string, ctx: Actor, db: Database = pool): Promise<ManageResult> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const { workshop } = await workshopOf(tx, event, workshopId);
    const chosen = await countLiveChoices(tx, { workshopId: workshop.id });
    if (chosen > 0) {
      throw new AppError(
        'validation_failed',
        `L’atelier ${workshop.code} « ${workshop.title} » a été choisi par ${chosen} personne${chosen > 1 ? 's' : ''} inscrite${chosen > 1 ? 's' : ''} : il ne peut pas être supprimé. Vous pouvez en modifier le titre, la salle ou la capacité.`,
      );
    }
    await deleteWorkshop(tx, workshop.id);
    await auditChange(tx, user, event, { entity: 'workshop', action: 'delete', before: workshop, after: null });
    return { changed: true };
  });
}
