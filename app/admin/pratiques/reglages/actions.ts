'use server';

import type { EditAnswer } from '@/lib/events/manage/messages';
import { updateTourSettingsAsStaff } from '@/lib/practices/settings-update';
import { runEdit } from '@/lib/server/action';

// The use case checks the signed-in user's permission (tour:settings) every time.
export async function updateTourSettingsAction(values: unknown): Promise<EditAnswer> {
  return runEdit(
    (ctx) => updateTourSettingsAsStaff(values, ctx),
    () => 'Les réglages sont enregistrés.',
  );
}
