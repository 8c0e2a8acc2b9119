// SQL of the staff's account management: the list of accounts with their regions, invitation and
// last change, and the row locks that keep "at least one account that manages accounts" true under
// concurrency.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../connect';
import { auditEntries, partnerRegions, regions, users, userTokens, type UserRole } from '../schema';

/** Every account, active ones first, national staff before partners, then by address. */
export async function findAccounts(tx: Executor) {
  const last = tx
    .select({ at: auditEntries.at, action: auditEntries.action, actorId: auditEntries.userId })
    .from(auditEntries)
    // (entity, entity_id) is indexed: one index probe per account.
    .where(and(eq(auditEntries.entity, 'user'), eq(auditEntries.entityId, sql`${users.id}::text`)))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(1)
    .as('last_change');
  const actor = alias(users, 'actor');
  return tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`.mapWith(Boolean),
      createdAt: users.createdAt,
      regionIds: sql<number[]>`COALESCE((
        SELECT array_agg(${partnerRegions.regionId} ORDER BY ${partnerRegions.regionId})
        FROM ${partnerRegions} WHERE ${partnerRegions.userId} = ${users.id}
      ), '{}')`,
      // The latest invitation link not used yet (it may have expired).
      invitationExpiresAt: sql<Date | null>`(
        SELECT max(${userTokens.expiresAt}) FROM ${userTokens}
        WHERE ${userTokens.userId} = ${users.id} AND ${userTokens.kind} = 'invitation' AND ${userTokens.usedAt} IS NULL
      )`.mapWith((v: string | Date | null) => (v === null ? null : new Date(v))),
      lastChangeAt: last.at,
      lastChangeAction: last.action,
      lastChangeByName: actor.name,
      lastChangeByEmail: actor.email,
    })
    .from(users)
    .leftJoinLateral(last, sql`true`)
    .leftJoin(actor, eq(actor.id, last.actorId))
    .orderBy(desc(users.active), asc(users.role), sql`lower(${users.email})`);
}

/**
 * Locks the rows of every account of these roles (those who manage accounts), always in the same
 * order (so two transactions never wait for each other in a cycle), and answers them as they are
 * once locked: a concurrent deactivation that committed meanwhile is seen (READ COMMITTED re-reads a
 * row after waiting for its lock).
 *
 * FOR NO KEY UPDATE, not FOR UPDATE: the foreign-key checks of other transactions (an audit entry
 * naming its author, a partner's region) take FOR KEY SHARE on these rows, which FOR UPDATE would
 * block, and a transaction holding an account while waiting for a manager's row would deadlock.
 */
export async function lockAccountsOfRoles(tx: Executor, roles: UserRole[]) {
  return tx
    .select({ id: users.id, active: users.active, hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`.mapWith(Boolean) })
    .from(users)
    .where(inArray(users.role, roles))
    .orderBy(asc(users.id))
    .for('no key update');
}

/** One account, locked for the rest of the transaction (FOR NO KEY UPDATE: see above). */
export async function lockAccount(tx: Executor, id: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, id)).for('no key update');
  return user ?? null;
}

export async function findRegionIdsOf(tx: Executor, userId: string): Promise<number[]> {
  const rows = await tx
    .select({ regionId: partnerRegions.regionId })
    .from(partnerRegions)
    .where(eq(partnerRegions.userId, userId))
    .orderBy(asc(partnerRegions.regionId));
  return rows.map((r) => r.regionId);
}

export async function replaceRegionsOf(tx: Executor, userId: string, regionIds: number[]) {
  await tx.delete(partnerRegions).where(eq(partnerRegions.userId, userId));
  if (regionIds.length) await tx.insert(partnerRegions).values(regionIds.map((regionId) => ({ userId, regionId })));
}

/** The ids among `ids` that name a region. */
export async function findKnownRegionIds(tx: Executor, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: regions.id }).from(regions).where(inArray(regions.id, ids));
  return rows.map((r) => r.id);
}

/** Spends every link of an account not used yet (all kinds, or one kind); returns how many. */
export async function spendUserTokens(tx: Executor, userId: string, now: Date, kind?: 'invitation' | 'password_reset') {
  const rows = await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt), kind ? eq(userTokens.kind, kind) : undefined))
    .returning({ expiresAt: userTokens.expiresAt });
  return rows;
}

/** The regions a partner may be given: metropolitan first, then by name. */
export function findRegionChoices(tx: Executor) {
  return tx
    .select({ id: regions.id, name: regions.name, overseas: regions.overseas })
    .from(regions)
    .orderBy(asc(regions.overseas), asc(regions.name));
}

/** Marks an account as changed (its regions, for instance). */
export async function touchAccount(tx: Executor, id: string, now: Date) {
  await tx.update(users).set({ updatedAt: now }).where(eq(users.id, id));
}

/** Deactivates an account and ends its sessions at once (session_version + 1, read on every request). */
export async function deactivateUser(tx: Executor, id: string, now: Date) {
  await tx
    .update(users)
    .set({ active: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
    .where(eq(users.id, id));
}

export async function reactivateUser(tx: Executor, id: string, now: Date) {
  await tx.update(users).set({ active: true, updatedAt: now }).where(eq(users.id, id));
}
