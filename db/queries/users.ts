import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { partnerRegions, rateLimits, regions, users, userTokens, type UserRole } from '../schema';

export async function findUserByEmail(tx: Executor, email: string) {
  const [user] = await tx.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return user ?? null;
}

export async function findUserById(tx: Executor, id: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, id));
  return user ?? null;
}

export async function findUserRegionIds(tx: Executor, userId: string): Promise<number[]> {
  const rows = await tx.select({ regionId: partnerRegions.regionId }).from(partnerRegions).where(eq(partnerRegions.userId, userId));
  return rows.map((r) => r.regionId);
}

export async function findRegionNames(tx: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: regions.id, name: regions.name }).from(regions);
  return rows.filter((r) => ids.includes(r.id)).map((r) => r.name);
}

/**
 * Uses a one-time link: it succeeds for exactly one caller, even under concurrency, and only
 * before it expires. Returns the user id, or null.
 */
export async function consumeUserToken(tx: Executor, tokenHash: string, kind: 'invitation' | 'password_reset', now: Date) {
  const [row] = await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.tokenHash, tokenHash), eq(userTokens.kind, kind), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)))
    .returning({ userId: userTokens.userId });
  return row?.userId ?? null;
}

export async function findUsableUserToken(tx: Executor, tokenHash: string, kind: 'invitation' | 'password_reset', now: Date) {
  const [row] = await tx
    .select({ userId: userTokens.userId, email: users.email, name: users.name })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(and(eq(userTokens.tokenHash, tokenHash), eq(userTokens.kind, kind), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)));
  return row ?? null;
}

export async function clearRateLimit(tx: Executor, key: string) {
  await tx.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Ends every session of the account opened at this version (sign-out): the next request refuses them. */
export async function bumpSessionVersion(tx: Executor, userId: string, sessionVersion: number) {
  await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion)));
}

/** A new account, without a password yet (it is chosen through the invitation link). */
export async function insertUser(tx: Executor, values: { email: string; name: string; role: UserRole }) {
  const [user] = await tx.insert(users).values(values).returning();
  return user;
}

/** An account invited again before it was ever activated: new name and role, active again. */
export async function reinviteUser(tx: Executor, id: string, values: { name: string; role: UserRole }, now: Date) {
  await tx.update(users).set({ ...values, active: true, updatedAt: now }).where(eq(users.id, id));
}

export async function insertUserToken(
  tx: Executor,
  token: { tokenHash: string; userId: string; kind: 'invitation' | 'password_reset'; expiresAt: Date },
) {
  await tx.insert(userTokens).values(token);
}

/** Sets the password and activates the account; every session opened before ends. */
export async function setUserPassword(tx: Executor, id: string, passwordHash: string, now: Date) {
  const [user] = await tx
    .update(users)
    .set({ passwordHash, active: true, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
    .where(eq(users.id, id))
    .returning({ id: users.id, email: users.email });
  return user;
}
