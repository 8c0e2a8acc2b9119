import { revalidateTag } from 'next/cache';
import { EVENTS_LIST_TAG, eventTag } from './tags';

/** Refreshes one event's page and the lists that show it (seat counts, title, status…). */
export function invalidateEvent(slug: string) {
  revalidateTag(eventTag(slug), { expire: 0 });
  revalidateTag(EVENTS_LIST_TAG, { expire: 0 });
}
