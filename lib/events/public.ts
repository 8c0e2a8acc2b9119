// Cached reads behind the public pages and the read API. A repeated view is served from the
// cache; invalidateEvent() refreshes one event's pages when it changes.
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/db';
import { findPublicEvents } from '@/db/queries/events';
import { findRegions } from '@/db/queries/regions';
import { toPublicEvent, type EventDetail, type PublicEvent } from './model';
import { readPublicEventUncached } from './public-detail';
import { practiceTag } from '@/lib/practices/tags';
import { isValidSlug } from '@/lib/slug';
import { registrationState, type RegistrationState } from './registration-window';
import { EVENTS_LIST_TAG, REGIONS_TAG, eventTag } from './tags';

/**
 * How long a public view may be served as it is. The app's own copy is refreshed as soon as a
 * event changes (invalidateEvent); a shared cache in front (nginx, docs/operations.md) may keep a page for
 * `revalidate` seconds (Cache-Control: s-maxage), so seat counts there are at most that old. The
 * registration itself always counts seats in the database. Time-dependent states (registrations
 * opening or closing, the event taking place) also follow within `revalidate` seconds. With
 * several app instances, invalidateEvent() refreshes its own instance's cache only: the others
 * read the event again within `revalidate` seconds (docs/operations.md).
 */
export const PUBLIC_VIEW_LIFE = { stale: 30, revalidate: 10, expire: 300 };

export async function getPublicEvents(): Promise<PublicEvent[]> {
  'use cache';
  cacheTag(EVENTS_LIST_TAG);
  cacheLife(PUBLIC_VIEW_LIFE);
  const rows = await findPublicEvents(db);
  return rows.map(toPublicEvent);
}

/**
 * Not an event's slug (the events_slug_format constraint): null without a query nor a cache entry.
 * A path's NUL or undecodable bytes would otherwise reach PostgreSQL and make a 500.
 */
export async function getPublicEvent(slug: string): Promise<EventDetail | null> {
  return isValidSlug(slug) ? readPublicEvent(slug) : null;
}

async function readPublicEvent(slug: string): Promise<EventDetail | null> {
  'use cache';
  cacheTag(eventTag(slug));
  cacheLife(PUBLIC_VIEW_LIFE);
  const event = await readPublicEventUncached(slug, db);
  // Publishing or unpublishing a practice of its programme refreshes the page (practiceChanged).
  if (event?.practiceIds?.length) cacheTag(...event.practiceIds.map(practiceTag));
  return event;
}

/** The Cache-Control of public answers that are not pages (the read API), as Next gives pages. */
export function publicCacheControl(): string {
  return `public, s-maxage=${PUBLIC_VIEW_LIFE.revalidate}, stale-while-revalidate=${PUBLIC_VIEW_LIFE.expire - PUBLIC_VIEW_LIFE.revalidate}`;
}

export type LiveEvent = { event: EventDetail; state: RegistrationState };

/** An event with the state of its registrations at the time of rendering, cached as one view. */
export async function getLiveEvent(slug: string): Promise<LiveEvent | null> {
  return isValidSlug(slug) ? readLiveEvent(slug) : null;
}

async function readLiveEvent(slug: string): Promise<LiveEvent | null> {
  'use cache';
  cacheTag(eventTag(slug));
  cacheLife(PUBLIC_VIEW_LIFE);
  const event = await readPublicEvent(slug);
  // Tagged here too, whether or not the inner entry's tags carry over to this one.
  if (event?.practiceIds?.length) cacheTag(...event.practiceIds.map(practiceTag));
  return event ? { event, state: registrationState(event, new Date()) } : null;
}

export type RegionView = Awaited<ReturnType<typeof findRegions>>[number];

export async function getRegions(): Promise<RegionView[]> {
  'use cache';
  cacheTag(REGIONS_TAG);
  cacheLife('days');
  return findRegions(db);
}

/** The slugs of the published events, prerendered at build time (at least one entry). */
export async function publishedSlugParams(): Promise<{ slug: string }[]> {
  const events = await getPublicEvents();
  return events.length ? events.map((e) => ({ slug: e.slug })) : [{ slug: 'aucune-rencontre' }];
}
