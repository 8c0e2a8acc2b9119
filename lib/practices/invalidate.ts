import { revalidateTag } from 'next/cache';
import { PRACTICES_TAG, TOUR_SETTINGS_TAG, practiceTag } from './tags';

/** Refreshes the meeting pages that link a practice and the home page's latest practices. */
export function invalidatePractice(practiceId: string) {
  revalidateTag(practiceTag(practiceId), { expire: 0 });
  revalidateTag(PRACTICES_TAG, { expire: 0 });
}

/** Refreshes what shows the tour's settings (the home page's survey link). */
export function invalidateTourSettings() {
  revalidateTag(TOUR_SETTINGS_TAG, { expire: 0 });
}
