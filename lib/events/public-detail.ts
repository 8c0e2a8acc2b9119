// One public meeting with its whole programme and the published practices presented there, read
// from the database (lib/events/public.ts caches it).
import type { Executor } from '@/db/connect';
import { findPublicEventBySlug } from '@/db/queries/events';
import { findEventPresentations } from '@/db/queries/practice-presentations';
import { oneLine } from '@/lib/practices/summary';
import { toEventDetail, type EventDetail, type LinkedPractice } from './model';

export async function readPublicEventUncached(slug: string, db: Executor): Promise<EventDetail | null> {
  const rows = await findPublicEventBySlug(db, slug);
  if (!rows) return null;
  const presentations = await findEventPresentations(db, rows.event.id);
  const linked: LinkedPractice[] = presentations.map((p) => ({
    practiceId: p.practiceId,
    agendaItemId: p.agendaItemId,
    workshopId: p.workshopId,
    // Read at render time: a practice unpublished since it was linked is not shown.
    published: p.status === 'published' && p.slug !== null,
    slug: p.slug ?? '',
    title: p.title,
    regionName: p.regionName ?? '',
    summary: oneLine(p.summary),
  }));
  return toEventDetail(rows, linked);
}
