// What the home page shows of the pratiques inspirantes: the latest published ones, and whether the
// survey takes answers. Both are cached views like the meetings' (PUBLIC_VIEW_LIFE), refreshed when
// a practice is published or unpublished (practiceChanged) or the tour's settings change
// (tourSettingsChanged), and within PUBLIC_VIEW_LIFE.revalidate seconds otherwise.
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/db';
import { findLatestPublishedPractices } from '@/db/queries/practices-home';
import { PUBLIC_VIEW_LIFE } from '@/lib/events/public';
import type { PracticeCard } from './collection';
import { getTourSettings, isSurveyOpen } from './settings';
import { oneLine } from './summary';
import { PRACTICES_TAG, TOUR_SETTINGS_TAG } from './tags';

export const HOME_PRACTICES = 3;

export async function getLatestPractices(): Promise<PracticeCard[]> {
  'use cache';
  cacheTag(PRACTICES_TAG);
  cacheLife(PUBLIC_VIEW_LIFE);
  const rows = await findLatestPublishedPractices(db, HOME_PRACTICES);
  return rows.map(({ id: _, ...row }) => ({
    ...row,
    slug: row.slug ?? '',
    summary: oneLine(row.summary),
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    titleParts: null,
    snippet: null,
  }));
}

async function readSurveyWindow(): Promise<{ opensAt: string | null; closesAt: string | null }> {
  'use cache';
  cacheTag(TOUR_SETTINGS_TAG);
  cacheLife(PUBLIC_VIEW_LIFE);
  const { survey } = await getTourSettings(db);
  return { opensAt: survey.opensAt?.toISOString() ?? null, closesAt: survey.closesAt?.toISOString() ?? null };
}

/** Whether the survey takes answers at `now` (the window is cached, the clock is not). */
export async function surveyOpenAt(now: Date): Promise<boolean> {
  const window = await readSurveyWindow();
  return isSurveyOpen({ opensAt: window.opensAt ? new Date(window.opensAt) : null, closesAt: window.closesAt ? new Date(window.closesAt) : null }, now);
}
