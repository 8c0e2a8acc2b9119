// SQL of the fixed-window rate limits (lib/rate-limit.ts): one counter per key and window.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { rateLimits } from '../schema';

/** Hits counted so far for this key in this window. */
export async function findHitCount(tx: Executor, key: string, windowStart: Date): Promise<number> {
  const [row] = await tx
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)));
  return row?.count ?? 0;
}

/** Counts one hit, atomically under concurrency; returns the new count. */
export async function incrementHits(tx: Executor, key: string, windowStart: Date): Promise<number> {
  const [row] = await tx
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  return row.count;
}

/** Takes one hit back (never below 0). */
export async function decrementHits(tx: Executor, key: string, windowStart: Date): Promise<void> {
  await tx
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)));
}

/** Forgets the windows that started before `before`. */
export async function deleteWindowsBefore(tx: Executor, before: Date): Promise<void> {
  await tx.delete(rateLimits).where(lt(rateLimits.windowStart, before));
}
