// The tour's settings as the survey, the home page and the recueil read them.
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findTourSettings } from '@/db/queries/tour-settings';

export type SurveyWindow = { opensAt: Date | null; closesAt: Date | null };

export type TourSettingsView = { survey: SurveyWindow; recueilIntroduction: string };

export async function getTourSettings(db: Executor = pool): Promise<TourSettingsView> {
  const row = await findTourSettings(db);
  return {
    survey: { opensAt: row?.surveyOpensAt ?? null, closesAt: row?.surveyClosesAt ?? null },
    recueilIntroduction: row?.recueilIntroduction ?? '',
  };
}

/**
 * Whether the survey takes answers at `now`: no opening date means open since always, no closing
 * date means open for good; the closing instant itself is closed.
 */
export function isSurveyOpen(window: SurveyWindow, now: Date): boolean {
  if (window.opensAt && now < window.opensAt) return false;
  if (window.closesAt && now >= window.closesAt) return false;
  return true;
}
