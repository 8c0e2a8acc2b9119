// National staff manage the accounts: list, regions of a partner, deactivation (sessions end at
// once), reactivation. Invitations are lib/accounts/invitations.ts. Every change is one
// transaction with its audit entry; no password, hash or link ever goes into the audit trail.
import type { Database, Executor } from '@/db/connect';
import {
  deactivateUser,
  findAccounts,
  findKnownRegionIds,
  findRegionChoices,
  findRegionIdsOf,
  lockAccount,
  lockAccountsOfRoles,
  reactivateUser,
  replaceRegionsOf,
  spendUserTokens,
  touchAccount,
} from '@/db/queries/accounts';
import { recordAudit } from '@/lib/audit';
import { assertCan, hasRegionList, roleCan, ROLES, type CurrentUser, type UserRole } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/events/manage/access';
import { changeRegionsSchema } from './schemas';
import { db as pool } from '@/db';

export type InvitationState =
  | { state: 'accepted' }
  | { state: 'pending'; expiresAt: Date }
  /** Never activated, and no usable link: expired, or spent by a deactivation. */
  | { state: 'expired'; expiresAt: Date | null };

export type AccountSummary = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** Tied to a list of regions (a partner), rather than reaching all. */
  hasRegionList: boolean;
  active: boolean;
  regions: { id: number; name: string }[];
  invitation: InvitationState;
  lastChange: { at: Date; action: string; by: string | null } | null;
  createdAt: Date;
  /** The account of the person asking. */
  isSelf: boolean;
};

export type RegionChoice = { id: number; name: string; overseas: boolean };

/** What a change did: `changed` is false when the account already was as asked. */
export type AccountChange = { userId: string; email: string; changed: boolean };

export const accountNotFound = () => new AppError('not_found', 'Compte introuvable.');

type LockedAccount = NonNullable<Awaited<ReturnType<typeof lockAccount>>>;

/**
 * A staff member's change of one account: checks the permission, then runs `change` in a
 * transaction with the account's row locked; an unknown or malformed id is not_found.
 */
export async function changeAccount<T>(
  db: Database,
  actor: CurrentUser | null,
  userId: unknown,
  change: (tx: Executor, target: LockedAccount, actor: CurrentUser) => Promise<T>,
  before: (tx: Executor, actor: CurrentUser) => Promise<unknown> = async () => undefined,
): Promise<T> {
  assertCan(actor, 'accounts:manage');
  if (!isUuid(userId)) throw accountNotFound();
  return db.transaction(async (tx) => {
    await before(tx, actor);
    const target = await lockAccount(tx, userId);
    if (!target) throw accountNotFound();
    return change(tx, target, actor);
  });
}

/** Every account with its regions, invitation, and last change (who and when). */
export async function listAccounts(user: CurrentUser | null, ctx: { now?: Date } = {}, db: Executor = pool): Promise<AccountSummary[]> {
  assertCan(user, 'accounts:manage');
  const now = ctx.now ?? new Date();
  const [rows, regionRows] = await Promise.all([findAccounts(db), findRegionChoices(db)]);
  const regionName = new Map(regionRows.map((r) => [r.id, r.name]));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    hasRegionList: hasRegionList(r.role),
    active: r.active,
    regions: r.regionIds
      .map((id) => ({ id: Number(id), name: regionName.get(Number(id)) ?? String(id) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    invitation: r.hasPassword
      ? { state: 'accepted' }
      : r.invitationExpiresAt && r.invitationExpiresAt > now
        ? { state: 'pending', expiresAt: r.invitationExpiresAt }
        : { state: 'expired', expiresAt: r.invitationExpiresAt },
    lastChange: r.lastChangeAt
      ? { at: r.lastChangeAt, action: r.lastChangeAction ?? '', by: r.lastChangeByName || r.lastChangeByEmail || null }
      : null,
    createdAt: r.createdAt,
    isSelf: r.id === user.id,
  }));
}

/** The regions a partner may be given (metropolitan first, then by name), for the forms. */
export async function listRegionChoices(user: CurrentUser | null, db: Executor = pool): Promise<RegionChoice[]> {
  assertCan(user, 'accounts:manage');
  return findRegionChoices(db);
}

/** Sets a partner's regions (at least one). Regions are read on every request: no session ends. */
export async function changeRegions(
  actor: CurrentUser | null,
  userId: unknown,
  regionIds: unknown,
  ctx: { now: Date } = { now: new Date() },
  db: Database = pool,
): Promise<AccountChange> {
  assertCan(actor, 'accounts:manage');
  const parsed = changeRegionsSchema.safeParse({ regionIds });
  if (!parsed.success) {
    const message = parsed.error.issues[0].message;
    throw new AppError('validation_failed', message, { regionIds: message });
  }
  if (!isUuid(userId)) throw accountNotFound();
  const wanted = [...new Set(parsed.data.regionIds)].sort((a, b) => a - b);
  return db.transaction(async (tx) => {
    const target = await lockAccount(tx, userId);
    if (!target) throw accountNotFound();
    if (!hasRegionList(target.role)) {
      throw new AppError('validation_failed', 'Un compte national couvre déjà toutes les régions.', { regionIds: 'Un compte national couvre déjà toutes les régions.' });
    }
    if ((await findKnownRegionIds(tx, wanted)).length !== wanted.length) {
      throw new AppError('validation_failed', 'Région inconnue.', { regionIds: 'Région inconnue.' });
    }
    const before = await findRegionIdsOf(tx, target.id);
    if (before.join() === wanted.join()) return { userId: target.id, email: target.email, changed: false };
    await replaceRegionsOf(tx, target.id, wanted);
    await touchAccount(tx, target.id, ctx.now);
    await recordAudit(tx, {
      userId: actor.id,
      entity: 'user',
      entityId: target.id,
      action: 'change_regions',
      before: { regionIds: before },
      after: { regionIds: wanted },
    });
    return { userId: target.id, email: target.email, changed: true };
  });
}

export const LAST_NATIONAL =
  'C’est le dernier compte national actif : il ne peut pas être désactivé. Invitez d’abord un autre membre de l’équipe nationale.';
export const LAST_NATIONAL_SELF =
  'Vous êtes le dernier compte national actif : désactiver votre compte fermerait l’administration à tous. Invitez d’abord un autre membre de l’équipe nationale.';

/** The roles whose accounts keep the administration open: they manage the accounts. */
const MANAGER_ROLES = ROLES.filter((role) => roleCan(role, 'accounts:manage'));

/**
 * Deactivates an account: it can no longer sign in, its sessions end at once (session_version + 1,
 * read on every request) and its links not used yet are spent (an invitation or reset link would
 * otherwise reactivate it). The last national account that can sign in cannot be deactivated,
 * whatever the concurrency: every national row is locked, in id order, before anything is decided,
 * so two deactivations of the last two nationals run one after the other and the second sees the
 * first.
 */
export async function deactivateAccount(
  actor: CurrentUser | null,
  userId: unknown,
  ctx: { now: Date } = { now: new Date() },
  db: Database = pool,
): Promise<AccountChange> {
  let managers: Awaited<ReturnType<typeof lockAccountsOfRoles>> = [];
  const lockManagers = async (tx: Executor, actor: CurrentUser) => {
    managers = await lockAccountsOfRoles(tx, MANAGER_ROLES);
    // An actor deactivated by a transaction that committed while this one waited acts no more.
    if (!managers.find((n) => n.id === actor.id)?.active) throw new AppError('forbidden', 'Votre compte vient d’être désactivé.');
  };
  return changeAccount(
    db,
    actor,
    userId,
    async (tx, target, actor) => {
      if (!target.active) return { userId: target.id, email: target.email, changed: false };
      if (MANAGER_ROLES.includes(target.role) && target.passwordHash) {
        const others = managers.filter((n) => n.id !== target.id && n.active && n.hasPassword);
        if (others.length === 0) throw new AppError('validation_failed', target.id === actor.id ? LAST_NATIONAL_SELF : LAST_NATIONAL);
      }
      await deactivateUser(tx, target.id, ctx.now);
      await spendUserTokens(tx, target.id, ctx.now);
      await recordAudit(tx, { userId: actor.id, entity: 'user', entityId: target.id, action: 'deactivate', before: { active: true }, after: { active: false } });
      return { userId: target.id, email: target.email, changed: true };
    },
    lockManagers,
  );
}

/**
 * Lets a deactivated account sign in again with its password. Sessions ended by the deactivation
 * stay ended (their version is stale). An account never activated needs a new invitation too.
 */
export async function reactivateAccount(
  actor: CurrentUser | null,
  userId: unknown,
  ctx: { now: Date } = { now: new Date() },
  db: Database = pool,
): Promise<AccountChange> {
  return changeAccount(db, actor, userId, async (tx, target, actor) => {
    if (target.active) return { userId: target.id, email: target.email, changed: false };
    await reactivateUser(tx, target.id, ctx.now);
    await recordAudit(tx, { userId: actor.id, entity: 'user', entityId: target.id, action: 'reactivate', before: { active: false }, after: { active: true } });
    return { userId: target.id, email: target.email, changed: true };
  });
}
