// National staff set the survey's window and the recueil's introduction (/admin/pratiques/reglages):
// permission checked here, one transaction for the change and its audit entry.
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findTourSettings, updateTourSettings } from '@/db/queries/tour-settings';
import { changedFields, recordAudit } from '@/lib/audit';
import { assertCanInConsole, type CurrentUser } from '@/lib/auth/permissions';
import { tourSettingsChanged, type Effect } from '@/lib/effects';
import { parseInput } from '@/lib/events/manage/access';
import { getTourSettings, type TourSettingsView } from './settings';
import { tourSettingsSchema, toTourSettingsChange } from './settings-schema';

type Stored = { surveyOpensAt: Date | null; surveyClosesAt: Date | null; recueilIntroduction: string };

const audited = (row: Stored | null): Stored => ({
  surveyOpensAt: row?.surveyOpensAt ?? null,
  surveyClosesAt: row?.surveyClosesAt ?? null,
  recueilIntroduction: row?.recueilIntroduction ?? '',
});

/** The settings as the staff's page shows them: national staff only. */
export async function readTourSettingsAsStaff(ctx: { user: CurrentUser | null }, db: Executor = pool): Promise<TourSettingsView> {
  assertCanInConsole(ctx.user, 'tour:settings');
  return getTourSettings(db);
}

export async function updateTourSettingsAsStaff(input: unknown, ctx: { user: CurrentUser | null }, db: Executor = pool): Promise<{ changed: boolean; effects?: Effect[] }> {
  assertCanInConsole(ctx.user, 'tour:settings');
  const user = ctx.user;
  const change = toTourSettingsChange(parseInput(tourSettingsSchema, input));
  return db.transaction(async (tx) => {
    const before = audited(await findTourSettings(tx));
    if (Object.keys(changedFields(before, change)).length === 0) return { changed: false };
    const after = audited(await updateTourSettings(tx, change, user.id));
    await recordAudit(tx, { userId: user.id, entity: 'tour_settings', entityId: '1', action: 'update', before, after });
    // The home page and the collection, cached, show the survey's link only while it is open.
    return { changed: true, effects: [tourSettingsChanged()] };
  });
}
