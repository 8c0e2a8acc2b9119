// The tour's single row of settings (id = 1, inserted by migration 0006): the survey's window and
// the recueil's introduction.
import { eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import { tourSettings } from '../schema';

export async function findTourSettings(tx: Executor) {
  const [row] = await tx.select().from(tourSettings).where(eq(tourSettings.id, 1)).limit(1);
  return row ?? null;
}

export type TourSettingsChange = Partial<
  Pick<typeof tourSettings.$inferInsert, 'surveyOpensAt' | 'surveyClosesAt' | 'recueilIntroduction'>
>;

export async function updateTourSettings(tx: Executor, change: TourSettingsChange, userId: string | null) {
  const [row] = await tx
    .update(tourSettings)
    .set({ ...change, updatedBy: userId, updatedAt: new Date() })
    .where(eq(tourSettings.id, 1))
    .returning();
  return row;
}
