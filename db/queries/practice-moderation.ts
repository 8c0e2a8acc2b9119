// SQL of moderation: the queue (never a draft), one answer within the user's regions, the guarded
// transitions (UPDATE … WHERE status IN (…): of two staff acting at once, one wins), comments,
// proposals of partners and the history of an answer from the audit log.
import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { auditEntries, partnerRegions, practiceComments, practices, regions, users, type NewPractice, type Practice, type PracticeStatus, type PracticeTheme } from '../schema';
import type { EventScope } from './scope';

/** The answers a user may see: every region's, or those of the regions listed for a partner. */
export function practiceScopeSql(scope: EventScope): SQL {
  if (scope.allRegions) return sql`true`;
  return inArray(
    practices.regionId,
    sql`(SELECT ${partnerRegions.regionId} FROM ${partnerRegions} WHERE ${partnerRegions.userId} = ${scope.userId})`,
  );
}

export type ModerationQuery = { scope: EventScope; status?: PracticeStatus; regionCode?: string; theme?: PracticeTheme };

function where(q: ModerationQuery, withStatus = true): SQL | undefined {
  return and(
    ne(practices.status, 'draft'),
    practiceScopeSql(q.scope),
    withStatus && q.status ? eq(practices.status, q.status) : undefined,
    q.regionCode ? eq(regions.code, q.regionCode) : undefined,
    q.theme ? sql`${practices.themes} @> ARRAY[${q.theme}]::practice_theme[]` : undefined,
  );
}

// The queue first: what waits for moderation, then what waits for the respondent, then the rest.
const QUEUE_RANK = sql`CASE ${practices.status} WHEN 'submitted' THEN 0 WHEN 'changes_requested' THEN 1 WHEN 'published' THEN 2 WHEN 'unpublished' THEN 3 ELSE 4 END`;

export async function findModerationPage(tx: Executor, q: ModerationQuery, page: { limit: number; offset: number }) {
  return tx
    .select({
      id: practices.id,
      title: practices.title,
      status: practices.status,
      origin: practices.origin,
      themes: practices.themes,
      regionName: regions.name,
      organisation: practices.respondentOrganisation,
      submittedAt: practices.submittedAt,
      updatedAt: practices.updatedAt,
    })
    .from(practices)
    .leftJoin(regions, eq(regions.id, practices.regionId))
    .where(where(q))
    .orderBy(QUEUE_RANK, asc(practices.submittedAt), asc(practices.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** How many answers per status, with the other filters (region, theme) applied. */
export async function countModerationByStatus(tx: Executor, q: ModerationQuery) {
  const rows = await tx
    .select({ status: practices.status, n: count() })
    .from(practices)
    .leftJoin(regions, eq(regions.id, practices.regionId))
    .where(where(q, false))
    .groupBy(practices.status);
  return new Map(rows.map((r) => [r.status, r.n]));
}

/** One answer (never a draft) within the scope; `lock` holds the row until the transaction ends. */
export async function findModerationPractice(tx: Executor, id: string, scope: EventScope, options: { lock?: boolean } = {}) {
  const query = tx
    .select()
    .from(practices)
    .where(and(eq(practices.id, id), ne(practices.status, 'draft'), practiceScopeSql(scope)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function findRegionByCode(tx: Executor, code: string) {
  const [row] = await tx.select({ id: regions.id, code: regions.code, name: regions.name }).from(regions).where(eq(regions.code, code));
  return row ?? null;
}

export type WordingColumns = Pick<
  NewPractice,
  | 'title' | 'summary' | 'regionId' | 'department' | 'communes' | 'qpv' | 'qpvNames' | 'themes' | 'otherTheme' | 'actors' | 'context'
  | 'actions' | 'results' | 'insertionHours' | 'peopleHired' | 'difficulties' | 'reproduce' | 'period' | 'links'
>;

/** Writes moderation's wording, if the answer is still in one of `from`; null otherwise. */
export async function updatePracticeWording(tx: Executor, id: string, from: PracticeStatus[], values: WordingColumns, now: Date) {
  const [row] = await tx
    .update(practices)
    .set({ ...values, updatedAt: now })
    .where(and(eq(practices.id, id), inArray(practices.status, from)))
    .returning();
  return row ?? null;
}

/**
 * Moves an answer to another status only if it is still in one of `from`, in one statement: of two
 * staff publishing and declining at once, the second finds no row and gets null.
 */
export async function transitionPractice(
  tx: Executor,
  id: string,
  from: PracticeStatus[],
  set: Partial<Pick<Practice, 'status' | 'publishedAt' | 'moderatorMessage' | 'declineReason'>> & { status: PracticeStatus },
  now: Date,
): Promise<Practice | null> {
  const [row] = await tx
    .update(practices)
    .set({ ...set, updatedAt: now })
    .where(and(eq(practices.id, id), inArray(practices.status, from)))
    .returning();
  return row ?? null;
}

export async function insertProposedPractice(tx: Executor, values: NewPractice) {
  const [row] = await tx.insert(practices).values(values).returning({ id: practices.id, slug: practices.slug });
  return row;
}

export async function slugTaken(tx: Executor, slug: string): Promise<boolean> {
  const [row] = await tx.select({ id: practices.id }).from(practices).where(eq(practices.slug, slug)).limit(1);
  return !!row;
}

export async function insertPracticeComment(tx: Executor, values: { practiceId: string; userId: string; body: string; createdAt: Date }) {
  const [row] = await tx.insert(practiceComments).values(values).returning({ id: practiceComments.id });
  return row;
}

export function findPracticeComments(tx: Executor, practiceId: string) {
  return tx
    .select({ id: practiceComments.id, body: practiceComments.body, createdAt: practiceComments.createdAt, authorName: users.name, authorEmail: users.email })
    .from(practiceComments)
    .leftJoin(users, eq(users.id, practiceComments.userId))
    .where(eq(practiceComments.practiceId, practiceId))
    .orderBy(asc(practiceComments.createdAt), asc(practiceComments.id));
}

/** The audit entries of one answer, oldest first, with who made them. */
export function findPracticeHistory(tx: Executor, practiceId: string) {
  return tx
    .select({ id: auditEntries.id, at: auditEntries.at, action: auditEntries.action, changes: auditEntries.changes, authorName: users.name, authorEmail: users.email })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.userId))
    .where(and(eq(auditEntries.entity, 'practice'), eq(auditEntries.entityId, practiceId)))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id));
}

/** Every region with its id, code and name (names of the diff, choices of the editor). */
export function findAllRegions(tx: Executor) {
  return tx.select({ id: regions.id, code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.name));
}
