// SQL of the survey: an answer written as a draft or submitted, its row locked while it changes,
// a free slug claimed under a lock of its base, the regions by code.
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { practices, regions, type NewPractice } from '../schema';

export type PracticeAnswerColumns = Omit<NewPractice, 'id' | 'slug' | 'search' | 'publishedAt' | 'proposedBy'>;

export async function insertPracticeAnswer(tx: Executor, values: PracticeAnswerColumns & { slug?: string | null }) {
  const [row] = await tx.insert(practices).values(values).returning();
  return row;
}

export async function updatePracticeAnswer(tx: Executor, id: string, values: Partial<PracticeAnswerColumns> & { slug?: string | null }) {
  const [row] = await tx.update(practices).set(values).where(eq(practices.id, id)).returning();
  return row;
}

/** The answer's row, locked until the transaction ends (two saves of one answer wait in turn). */
export async function lockPractice(tx: Executor, id: string) {
  const [row] = await tx.select().from(practices).where(eq(practices.id, id)).for('update').limit(1);
  return row ?? null;
}

/**
 * The first free slug among `base`, `base-2`, `base-3`…: the transaction holds an advisory lock on
 * the base until it commits, so that answers with the same title, submitted together, each get
 * their own. The caller writes the slug in the same transaction.
 */
export async function claimPracticeSlug(tx: Executor, base: string): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('practice-slug'), hashtext(${base}))`);
  const rows = await tx.execute<{ slug: string }>(
    sql`SELECT slug FROM practices WHERE slug = ${base} OR slug ~ ${`^${base}-[0-9]+$`}`,
  );
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function findRegionByCode(tx: Executor, code: string) {
  const [row] = await tx.select({ id: regions.id, code: regions.code, name: regions.name }).from(regions).where(eq(regions.code, code)).limit(1);
  return row ?? null;
}

export async function findRegionById(tx: Executor, id: number) {
  const [row] = await tx.select({ id: regions.id, code: regions.code, name: regions.name }).from(regions).where(eq(regions.id, id)).limit(1);
  return row ?? null;
}
