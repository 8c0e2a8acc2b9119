// Fixed-window rate limits kept in PostgreSQL, so every app instance shares them.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '@/db/connect';
import { rateLimits } from '@/db/schema';
import { AppError } from './errors';

export type RateLimitRule = { name: string; max: number; windowSeconds: number };

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The registration limits, configurable by environment variable (README). */
export function registrationLimits() {
  const windowSeconds = envNumber('RATE_LIMIT_WINDOW_SECONDS', 600);
  return {
    perIp: { name: 'registration:ip', max: envNumber('RATE_LIMIT_REGISTRATIONS_PER_IP', 30), windowSeconds },
    perEmail: { name: 'registration:email', max: envNumber('RATE_LIMIT_REGISTRATIONS_PER_EMAIL', 5), windowSeconds },
  } satisfies Record<string, RateLimitRule>;
}

function windowOf(rule: RateLimitRule, now: Date) {
  const windowMs = rule.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Whether the rule still allows a hit, without counting one. */
export async function allows(tx: Executor, rule: RateLimitRule, subject: string, now: Date): Promise<boolean> {
  const [row] = await tx
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, `${rule.name}:${subject}`), eq(rateLimits.windowStart, windowOf(rule, now))));
  return (row?.count ?? 0) < rule.max;
}

/** Counts one hit and tells whether it is still within the rule. Atomic under concurrency. */
export async function hit(tx: Executor, rule: RateLimitRule, subject: string, now: Date): Promise<boolean> {
  const windowStart = windowOf(rule, now);
  const [row] = await tx
    .insert(rateLimits)
    .values({ key: `${rule.name}:${subject}`, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  return row.count <= rule.max;
}

/** Takes back one hit counted by hit() (an attempt that turned out legitimate). */
export async function unhit(tx: Executor, rule: RateLimitRule, subject: string, now: Date): Promise<void> {
  await tx
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.key, `${rule.name}:${subject}`), eq(rateLimits.windowStart, windowOf(rule, now))));
}

export function rateLimitedError(windowSeconds: number) {
  const minutes = Math.max(1, Math.ceil(windowSeconds / 60));
  return new AppError(
    'rate_limited',
    `Trop de demandes en peu de temps. Merci de réessayer dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    undefined,
    { retryAfter: windowSeconds },
  );
}

/** Forgets windows that ended more than a day ago (called by the worker). */
export async function pruneRateLimits(tx: Executor, now: Date) {
  await tx.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 86_400_000)));
}
