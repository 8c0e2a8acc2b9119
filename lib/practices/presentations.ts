// "Pratique présentée": a partner links published practices (of any region) to a plenary item or
// an atelier of their meeting's programme, and unlinks them. Each change runs as every change of
// the programme does (lib/events/manage/access.ts: events:edit, the event within the user's
// regions and locked, not cancelled), is audited, and refreshes the meeting's public page.
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import { uniqueViolation } from '@/db/errors';
import { findAgendaItem } from '@/db/queries/agenda-items';
import {
  deletePresentation,
  findEventPresentations,
  findPracticeToPresent,
  findPresentation,
  insertPresentation,
  presentationExists,
  searchPracticesByTitle,
} from '@/db/queries/practice-presentations';
import { findWorkshop } from '@/db/queries/workshops';
import type { Event } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { auditChange, changeEvent, isUuid, notFoundIn, parseInput, reachEvent, type Actor, type ManageResult } from '@/lib/events/manage/access';
import type { PracticeStatus } from './model';
import { NOT_PRESENTING_KINDS, practiceLinkSchema, practiceSearchSchema, type PracticeChoice } from './presentation-schema';
import { oneLine } from './summary';

/** How many results the editor's search shows. */
export const PRACTICE_SEARCH_LIMIT = 10;

/** Published practices whose title contains the words typed, for a partner who may edit the event. */
export async function searchPracticesToPresent(eventId: string, input: unknown, { user }: Actor, db: Database = pool): Promise<PracticeChoice[]> {
  await reachEvent(db, user, eventId, 'events:edit');
  const { q } = parseInput(practiceSearchSchema, input);
  const rows = await searchPracticesByTitle(db, q, PRACTICE_SEARCH_LIMIT);
  return rows.map((r) => ({ id: r.id, title: r.title, regionName: r.regionName, summary: oneLine(r.summary) }));
}

/** The target of a link inside the event: a plenary item, or an atelier of that very slot. */
async function targetOf(tx: Executor, event: Event, agendaItemId: string, workshopId: string | null) {
  const item = await findAgendaItem(tx, event.id, agendaItemId);
  if (!item) throw notFoundIn('Temps du programme');
  if (workshopId === null) {
    if (item.kind === 'workshop_slot') {
      throw new AppError('validation_failed', 'Choisissez l’atelier de ce créneau où la pratique est présentée.');
    }
    if (NOT_PRESENTING_KINDS.includes(item.kind)) {
      throw new AppError('validation_failed', `Aucune pratique n’est présentée pendant « ${item.title} » : choisissez une plénière ou un atelier.`);
    }
    return { item, label: `« ${item.title} »` };
  }
  const found = await findWorkshop(tx, event.id, workshopId);
  if (!found || found.workshop.slotId !== item.id) throw notFoundIn('Atelier de ce créneau');
  return { item, label: `l’atelier ${found.workshop.code} « ${found.workshop.title} »` };
}

/** Links a published practice to a plenary item or an atelier of the event. */
export async function linkPractice(eventId: string, input: unknown, ctx: Actor, db: Database = pool): Promise<ManageResult & { id?: string }> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const data = parseInput(practiceLinkSchema, input);
    const { label } = await targetOf(tx, event, data.agendaItemId, data.workshopId);
    const practice = await findPracticeToPresent(tx, data.practiceId);
    if (!practice || practice.status !== 'published') {
      throw new AppError('not_found', 'Pratique introuvable parmi les pratiques publiées.', { practiceId: 'Seule une pratique publiée peut être présentée.' });
    }
    const values = { practiceId: practice.id, agendaItemId: data.agendaItemId, workshopId: data.workshopId };
    const duplicate = new AppError('validation_failed', `La pratique « ${practice.title} » est déjà présentée à ${label}.`);
    // The event is locked: no other change of its programme runs meanwhile, so this check holds;
    // the unique key practice_presentations_once_key stands behind it all the same.
    if (await presentationExists(tx, values)) throw duplicate;
    const row = await insertPresentation(tx, values).catch((error: unknown) => {
      throw uniqueViolation(error) === 'practice_presentations_once_key' ? duplicate : error;
    });
    await auditChange(tx, user, event, { entity: 'practice_presentation', action: 'link', before: null, after: { ...row, practiceTitle: practice.title } });
    return { changed: true, id: row.id };
  });
}

/** Removes a practice from the item or atelier where it was presented. */
export async function unlinkPractice(eventId: string, presentationId: string, ctx: Actor, db: Database = pool): Promise<ManageResult> {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const row = isUuid(presentationId) ? await findPresentation(tx, event.id, presentationId) : null;
    if (!row) throw notFoundIn('Pratique présentée');
    if (!(await deletePresentation(tx, row.id))) return { changed: false };
    await auditChange(tx, user, event, { entity: 'practice_presentation', action: 'unlink', before: row, after: null });
    return { changed: true };
  });
}

export type ManagedPresentation = {
  id: string;
  agendaItemId: string;
  workshopId: string | null;
  title: string;
  slug: string | null;
  regionName: string;
  status: PracticeStatus;
};

/** The practices linked to the event's programme, as its editor sees them (any status). */
export async function getEventPresentations(user: CurrentUser | null, eventId: unknown, db: Executor = pool): Promise<ManagedPresentation[]> {
  const event = await reachEvent(db, user, eventId, 'events:read');
  const rows = await findEventPresentations(db, event.id);
  return rows.map((r) => ({
    id: r.id,
    agendaItemId: r.agendaItemId,
    workshopId: r.workshopId,
    title: r.title,
    slug: r.slug,
    regionName: r.regionName ?? '',
    status: r.status,
  }));
}
