// Fixed-window rate limits kept in PostgreSQL, so every app instance shares them.
import type { Executor } from '@/db/connect';
import { decrementHits, deleteWindowsBefore, findHitCount, incrementHits } from '@/db/queries/rate-limits';
import { AppError } from './errors';

export type RateLimitRule = { name: string; max: number; windowSeconds: number };

export function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The registration limits, configurable by environment variable (docs/operations.md). */
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

const keyOf = (rule: RateLimitRule, subject: string) => `${rule.name}:${subject}`;

/** Whether the rule still allows a hit, without counting one. */
export async function allows(tx: Executor, rule: RateLimitRule, subject: string, now: Date): Promise<boolean> {
  return (await findHitCount(tx, keyOf(rule, subject), windowOf(rule, now))) < rule.max;
}

/** Counts one hit and tells whether it is still within the rule. Atomic under concurrency. */
export async function hit(tx: Executor, rule: RateLimitRule, subject: string, now: Date): Promise<boolean> {
  return (await incrementHits(tx, keyOf(rule, subject), windowOf(rule, now))) <= rule.max;
}

/** Takes back one hit counted by hit() (an attempt that turned out legitimate). */
export async function unhit(tx: Executor, rule: RateLimitRule, subject: string, now: Date): Promise<void> {
  await decrementHits(tx, keyOf(rule, subject), windowOf(rule, now));
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
  await deleteWindowsBefore(tx, new Date(now.getTime() - 86_400_000));
}
