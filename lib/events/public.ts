// Cached reads behind the public pages and the read API. A repeated view is served from the
// cache; invalidateEvent() refreshes one meeting's pages when it changes.
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/db';
import { findPublicEventBySlug, findPublicEvents } from '@/db/queries/events';
import { findRegions } from '@/db/queries/regions';
import { toEventDetail, toPublicEvent, type EventDetail, type PublicEvent } from './model';
import { EVENTS_LIST_TAG, REGIONS_TAG, eventTag } from './tags';

export async function getPublicEvents(): Promise<PublicEvent[]> {
  'use cache';
  cacheTag(EVENTS_LIST_TAG);
  cacheLife('hours');
  const rows = await findPublicEvents(db);
  return rows.map(toPublicEvent);
}

export async function getPublicEvent(slug: string): Promise<EventDetail | null> {
  'use cache';
  cacheTag(eventTag(slug));
  cacheLife('hours');
  const rows = await findPublicEventBySlug(db, slug);
  return rows ? toEventDetail(rows) : null;
}

export type RegionView = Awaited<ReturnType<typeof findRegions>>[number];

export async function getRegions(): Promise<RegionView[]> {
  'use cache';
  cacheTag(REGIONS_TAG);
  cacheLife('days');
  return findRegions(db);
}

/** The slugs of the published meetings, prerendered at build time (at least one entry). */
export async function publishedSlugParams(): Promise<{ slug: string }[]> {
  const events = await getPublicEvents();
  return events.length ? events.map((e) => ({ slug: e.slug })) : [{ slug: 'aucune-rencontre' }];
}
