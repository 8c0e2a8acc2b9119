// Who may do what: one map from role to permissions, and named checks used by every page, action
// and route handler of /espace and /admin. A check that fails throws; nothing is decided in the UI.
import type { EventScope } from '@/db/queries/scope';
import type { UserRole } from '@/db/schema';
import { AppError } from '@/lib/errors';

export type CurrentUser = { id: string; email: string; name: string; role: UserRole; regionIds: number[] };

export const PERMISSIONS = {
  national: [
    // The national console (/admin): its pages, whatever they show.
    'console:open',
    // Every region's events, data and accounts, without a list of regions.
    'regions:all',
    'events:read',
    'events:create',
    'events:edit',
    'registrations:read',
    'registrations:export',
    'checkin',
    'accounts:manage',
    'audit:read',
    'stats:read',
    'emails:manage',
    // Pratiques inspirantes: see and comment the answers of one's regions, propose one.
    'practices:review',
    // Edit the wording, publish, ask for changes, decline, unpublish: national staff only.
    'practices:moderate',
    // The recueil's selection as CSV, the survey's window and the recueil's introduction.
    'practices:export',
    'tour:settings',
  ],
  partner: [
    'events:read',
    'events:create',
    'events:edit',
    'registrations:read',
    'registrations:export',
    'checkin',
    'practices:review',
  ],
} as const satisfies Record<UserRole, readonly string[]>;

export type Permission = (typeof PERMISSIONS)['national'][number];

export type { UserRole };

/** Whether any holder of a role has a permission (an account shown in a list, an invitation…). */
export function roleCan(role: UserRole, permission: Permission): boolean {
  return (PERMISSIONS[role] as readonly string[]).includes(permission);
}

export function can(user: CurrentUser | null, permission: Permission): boolean {
  return !!user && roleCan(user.role, permission);
}

/** Accounts of this role are tied to a list of regions (a partner's), rather than reaching all. */
export const hasRegionList = (role: UserRole): boolean => !roleCan(role, 'regions:all');

export const ROLE_LABELS: Record<UserRole, string> = { national: 'Équipe nationale', partner: 'Partenaire régional' };

/** Every role of the map. */
export const ROLES = Object.keys(PERMISSIONS) as UserRole[];

/** National staff reach every region; a partner only the regions listed for them (none if none). */
export function canReachRegion(user: CurrentUser | null, regionId: number): boolean {
  if (!user) return false;
  if (can(user, 'regions:all')) return true;
  return user.regionIds.length > 0 && user.regionIds.includes(regionId);
}

export function assertSignedIn(user: CurrentUser | null): asserts user is CurrentUser {
  if (!user) throw new AppError('unauthorized', 'Connectez-vous pour accéder à cet espace.');
}

export function assertCan(user: CurrentUser | null, permission: Permission): asserts user is CurrentUser {
  assertSignedIn(user);
  if (!can(user, permission)) throw new AppError('forbidden', "Vous n'avez pas accès à cette page.");
}

/**
 * A tool of the national console: the permission, and the console itself (a partner holds some of
 * the same permissions, for their own regions only).
 */
export function assertCanInConsole(user: CurrentUser | null, permission: Permission): asserts user is CurrentUser {
  assertCan(user, permission);
  if (!can(user, 'console:open')) throw new AppError('forbidden', "Vous n'avez pas accès à cette page.");
}

/**
 * The gate of the console's route handlers (its pages have the /admin layout): anonymous → 401,
 * anyone who may not open the console → 404, as if the file did not exist.
 */
export function assertConsole(user: CurrentUser | null): asserts user is CurrentUser {
  assertSignedIn(user);
  if (!can(user, 'console:open')) throw new AppError('not_found', 'Page introuvable.');
}

/**
 * An event outside the user's regions answers as if it did not exist: a partner learns nothing
 * of another region's events, not even that an id is taken.
 */
export function assertCanReachEvent(user: CurrentUser | null, permission: Permission, event: { regionId: number } | null) {
  assertCan(user, permission);
  if (!event || !canReachRegion(user, event.regionId)) throw new AppError('not_found', 'Rencontre introuvable.');
}

export function assertCanUseRegion(user: CurrentUser | null, regionId: number) {
  assertCan(user, 'events:create');
  if (!canReachRegion(user, regionId)) {
    throw new AppError('forbidden', "Vous ne pouvez pas créer de rencontre dans cette région.", { regionId: 'Choisissez une de vos régions.' });
  }
}

/** Which events a user's queries may reach (db/queries/scope.ts turns it into SQL). */
export function scopeOf(user: CurrentUser): EventScope {
  return can(user, 'regions:all') ? { allRegions: true } : { allRegions: false, userId: user.id };
}
