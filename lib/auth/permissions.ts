// Who may do what: one map from role to permissions, and named checks used by every page, action
// and route handler of /espace and /admin. A check that fails throws; nothing is decided in the UI.
import { inArray, sql, type SQL } from 'drizzle-orm';
import { events, partnerRegions, type UserRole } from '@/db/schema';
import { AppError } from '@/lib/errors';

export type CurrentUser = { id: string; email: string; name: string; role: UserRole; regionIds: number[] };

export const PERMISSIONS = {
  national: [
    // The national console (/admin): its pages, whatever they show.
    'console:open',
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
  ],
  partner: ['events:read', 'events:create', 'events:edit', 'registrations:read', 'registrations:export', 'checkin'],
} as const satisfies Record<UserRole, readonly string[]>;

export type Permission = (typeof PERMISSIONS)['national'][number];

export function can(user: CurrentUser | null, permission: Permission): boolean {
  return !!user && (PERMISSIONS[user.role] as readonly string[]).includes(permission);
}

/** National staff reach every region; a partner only the regions listed for them (none if none). */
export function canReachRegion(user: CurrentUser | null, regionId: number): boolean {
  if (!user) return false;
  if (user.role === 'national') return true;
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

/** The SQL condition that keeps a query to the events the user may see. */
export function eventScope(user: CurrentUser): SQL {
  if (user.role === 'national') return sql`true`;
  return inArray(
    events.regionId,
    sql`(SELECT ${partnerRegions.regionId} FROM ${partnerRegions} WHERE ${partnerRegions.userId} = ${user.id})`,
  );
}
