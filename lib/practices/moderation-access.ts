// How every use case of moderation starts: who asks, and may they reach this answer? An answer of
// another region (or a draft, or an unknown id) answers as if it did not exist.
import type { Executor } from '@/db/connect';
import { findModerationPractice, findRegionByCode, type WordingColumns } from '@/db/queries/practice-moderation';
import type { Practice } from '@/db/schema';
import { assertCan, canReachRegion, scopeOf, type CurrentUser, type Permission } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/events/manage/access';
import type { PracticeWordingInput } from './moderation-schema';

/** Who asks, the clock and the site's address (for the private link of an e-mail). */
export type ModerationContext = { user: CurrentUser | null; now: Date; appUrl: string };

export const practiceNotFound = () => new AppError('not_found', 'Pratique introuvable.');

export async function reachPractice(
  tx: Executor,
  user: CurrentUser | null,
  id: unknown,
  permission: Permission,
  options: { lock?: boolean } = {},
): Promise<Practice> {
  assertCan(user, permission);
  const practice = isUuid(id) ? await findModerationPractice(tx, id, scopeOf(user), options) : null;
  if (!practice || practice.regionId === null || !canReachRegion(user, practice.regionId)) throw practiceNotFound();
  return practice;
}

/** The page gate's check of /espace/pratiques/{id} and /admin/pratiques/{id}: the same as the page's. */
export const reachPracticeForGate = (user: CurrentUser | null, id: unknown, db: Executor) => reachPractice(db, user, id, 'practices:review');

/** The columns of a wording, its region code turned into the region's id (unknown: a field error). */
export async function wordingColumns(tx: Executor, input: PracticeWordingInput): Promise<WordingColumns> {
  const region = await findRegionByCode(tx, input.regionCode);
  if (!region) throw new AppError('validation_failed', 'Certaines informations sont à corriger.', { regionCode: 'Région inconnue : choisissez dans la liste.' });
  const { regionCode: _code, qpv, ...rest } = input;
  return { ...rest, regionId: region.id, qpv: qpv === '' ? null : qpv === 'oui', qpvNames: qpv === 'oui' ? input.qpvNames : '' };
}

/** The wording columns of an answer, as compared by the audit and the form. */
export function wordingOf(p: Practice): WordingColumns {
  return {
    title: p.title,
    summary: p.summary,
    regionId: p.regionId,
    department: p.department,
    communes: p.communes,
    qpv: p.qpv,
    qpvNames: p.qpvNames,
    themes: p.themes,
    otherTheme: p.otherTheme,
    actors: p.actors,
    context: p.context,
    actions: p.actions,
    results: p.results,
    insertionHours: p.insertionHours,
    peopleHired: p.peopleHired,
    difficulties: p.difficulties,
    reproduce: p.reproduce,
    period: p.period,
    links: p.links,
  };
}
