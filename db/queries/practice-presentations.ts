// "Pratique présentée": the practices linked to a meeting's plenary items and ateliers, and the
// search of published practices by title that the programme editor offers to pick one.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { agendaItems, practicePresentations, practices, regions, type PracticePresentation } from '../schema';

/** ILIKE's own wildcards typed by a person are taken literally. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Published practices (any region) whose title contains every word of `q` (at most five), in any
 * order, accents and case forgiven (on the unaccented title, which practices_title_trgm_idx
 * indexes), the closest titles first.
 */
export function searchPracticesByTitle(tx: Executor, q: string, limit: number) {
  const title = sql`tour_unaccent(${practices.title})`;
  const wanted = sql`tour_unaccent(${q})`;
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  const containsEvery = and(...words.map((word) => sql`${title} ILIKE tour_unaccent(${likePattern(word)})`));
  return tx
    .select({
      id: practices.id,
      slug: practices.slug,
      title: practices.title,
      summary: practices.summary,
      regionName: regions.name,
    })
    .from(practices)
    .innerJoin(regions, eq(regions.id, practices.regionId))
    .where(and(eq(practices.status, 'published'), containsEvery))
    .orderBy(desc(sql`similarity(${title}, ${wanted})`), asc(practices.title))
    .limit(limit);
}

/**
 * The practice to link, held (FOR SHARE) until the transaction ends so that it cannot be
 * unpublished between the check of its status and the link; null if unknown.
 */
export async function findPracticeToPresent(tx: Executor, practiceId: string) {
  const [row] = await tx
    .select({ id: practices.id, slug: practices.slug, title: practices.title, status: practices.status })
    .from(practices)
    .where(eq(practices.id, practiceId))
    .for('share');
  return row ?? null;
}

export async function insertPresentation(
  tx: Executor,
  values: { practiceId: string; agendaItemId: string; workshopId: string | null },
): Promise<PracticePresentation> {
  const [row] = await tx.insert(practicePresentations).values(values).returning();
  return row;
}

/** Whether the practice is already linked to this item (or this atelier of it). */
export async function presentationExists(tx: Executor, values: { practiceId: string; agendaItemId: string; workshopId: string | null }) {
  const [row] = await tx
    .select({ id: practicePresentations.id })
    .from(practicePresentations)
    .where(
      and(
        eq(practicePresentations.practiceId, values.practiceId),
        eq(practicePresentations.agendaItemId, values.agendaItemId),
        values.workshopId === null ? sql`${practicePresentations.workshopId} IS NULL` : eq(practicePresentations.workshopId, values.workshopId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** One presentation of the event's programme; null if it belongs to another event. */
export async function findPresentation(tx: Executor, eventId: string, presentationId: string) {
  const [row] = await tx
    .select({ presentation: practicePresentations })
    .from(practicePresentations)
    .innerJoin(agendaItems, eq(agendaItems.id, practicePresentations.agendaItemId))
    .where(and(eq(practicePresentations.id, presentationId), eq(agendaItems.eventId, eventId)));
  return row?.presentation ?? null;
}

export async function deletePresentation(tx: Executor, presentationId: string): Promise<boolean> {
  const rows = await tx.delete(practicePresentations).where(eq(practicePresentations.id, presentationId)).returning({ id: practicePresentations.id });
  return rows.length > 0;
}

/**
 * Every practice linked to the event's programme, whatever its status (the editor shows that an
 * unpublished one is hidden; the public page keeps only the published ones), in title order.
 */
export function findEventPresentations(tx: Executor, eventId: string) {
  return tx
    .select({
      id: practicePresentations.id,
      agendaItemId: practicePresentations.agendaItemId,
      workshopId: practicePresentations.workshopId,
      practiceId: practices.id,
      slug: practices.slug,
      title: practices.title,
      summary: practices.summary,
      status: practices.status,
      regionName: regions.name,
    })
    .from(practicePresentations)
    .innerJoin(agendaItems, eq(agendaItems.id, practicePresentations.agendaItemId))
    .innerJoin(practices, eq(practices.id, practicePresentations.practiceId))
    .leftJoin(regions, eq(regions.id, practices.regionId))
    .where(eq(agendaItems.eventId, eventId))
    .orderBy(asc(practices.title), asc(practicePresentations.createdAt));
}

export type EventPresentationRow = Awaited<ReturnType<typeof findEventPresentations>>[number];
