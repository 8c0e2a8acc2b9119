// What moderation reads: the queue of one's regions (staff: all; a partner: theirs, in SQL), and one
// answer with the diff against the respondent's version, its comments and its history.
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findRegionsOf } from '@/db/queries/managed-events';
import { countModerationByStatus, findAllRegions, findModerationPage, findPracticeComments, findPracticeHistory } from '@/db/queries/practice-moderation';
import { visibleChanges } from '@/lib/admin/audit-labels';
import { assertCan, can, hasRegionList, scopeOf, type CurrentUser } from '@/lib/auth/permissions';
import { practiceDiff } from './diff';
import { QUEUE_STATUSES, type ModerationFilters } from './moderation-filters';
import { reachPractice, wordingOf } from './moderation-access';
import { stepsFrom, type ModerationStep } from './moderation';
import type { PracticeStatus } from './model';
import type { PracticeWordingValues } from './moderation-schema';
import type { Practice } from '@/db/schema';

export const MODERATION_PAGE_SIZE = 50;

/** The regions a user may filter on or propose a practice in: all for staff, a partner's own. */
export async function regionsOf(user: CurrentUser, db: Executor) {
  const rows = await findRegionsOf(db, hasRegionList(user.role) ? user.id : null);
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export async function listModerationQueue(user: CurrentUser | null, filters: ModerationFilters, options: { pageSize?: number } = {}, db: Executor = pool) {
  assertCan(user, 'practices:review');
  const pageSize = options.pageSize ?? MODERATION_PAGE_SIZE;
  const query = { scope: scopeOf(user), status: filters.status, regionCode: filters.regionCode, theme: filters.theme };
  const [byStatus, regions] = await Promise.all([countModerationByStatus(db, query), regionsOf(user, db)]);
  const counts = QUEUE_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
  const total = filters.status ? (byStatus.get(filters.status) ?? 0) : counts.reduce((sum, c) => sum + c.count, 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const rows = await findModerationPage(db, query, { limit: pageSize, offset: (page - 1) * pageSize });
  return { rows, total, page, pageCount, counts, regions, filters: { ...filters, page } };
}

export type ModerationQueue = Awaited<ReturnType<typeof listModerationQueue>>;

/** One answer for moderation: not_found outside the user's regions, for a draft, or an unknown id. */
export async function getModerationPractice(user: CurrentUser | null, id: unknown, db: Executor = pool) {
  const practice = await reachPractice(db, user, id, 'practices:review');
  const [comments, history, regionRows] = await Promise.all([
    findPracticeComments(db, practice.id),
    findPracticeHistory(db, practice.id),
    findAllRegions(db),
  ]);
  const regionNames = new Map(regionRows.map((r) => [r.id, r.name]));
  const regionCode = regionRows.find((r) => r.id === practice.regionId)?.code ?? '';
  const canModerate = can(user, 'practices:moderate');
  const steps: ModerationStep[] = canModerate ? stepsFrom(practice.status) : [];
  return {
    practice,
    regionName: regionNames.get(practice.regionId!) ?? '',
    regionCode,
    formValues: formValuesOf(practice, regionCode),
    diff: practiceDiff(practice.original ?? null, practice as unknown as Record<string, unknown>, regionNames),
    comments,
    history: history.map((h) => ({ ...h, changes: visibleChanges(h.changes) })),
    regionNames,
    canModerate,
    steps,
    regions: canModerate ? regionRows.map((r) => ({ code: r.code, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, 'fr')) : [],
  };
}

/** The editor's starting values: the columns as the form's text boxes hold them. */
function formValuesOf(p: Practice, regionCode: string): PracticeWordingValues {
  const { regionId: _id, qpv, insertionHours, peopleHired, links, ...texts } = wordingOf(p);
  const figure = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    ...texts,
    title: p.title,
    themes: p.themes,
    regionCode,
    qpv: qpv === null || qpv === undefined ? '' : qpv ? 'oui' : 'non',
    insertionHours: figure(insertionHours),
    peopleHired: figure(peopleHired),
    links: (links ?? []).join('\n'),
  };
}

export type ModerationPractice = Awaited<ReturnType<typeof getModerationPractice>>;
export type { PracticeStatus };

/** The regions a user may propose a practice in (code and name). */
export async function proposalRegions(user: CurrentUser | null, db: Executor = pool) {
  assertCan(user, 'practices:review');
  return (await regionsOf(user, db)).map((r) => ({ code: r.code, name: r.name }));
}
