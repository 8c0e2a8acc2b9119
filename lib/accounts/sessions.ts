// Sessions: read back on every request, ended server-side on sign-out.
import type { Executor } from '@/db/connect';
import { bumpSessionVersion, findUserById, findUserRegionIds } from '@/db/queries/users';
import type { CurrentUser } from '@/lib/auth/permissions';
import { db as pool } from '@/db';

/** Signing out ends, server-side, every session of the account opened before: the cookie alone is not enough. */
export async function endSessions(userId: string, sessionVersion: number, db: Executor = pool) {
  await bumpSessionVersion(db, userId, sessionVersion);
}

/** The signed-in user, if their account is still active and their session still current. */
export async function loadCurrentUser(userId: string, sessionVersion: number, db: Executor = pool): Promise<CurrentUser | null> {
  const user = await findUserById(db, userId);
  if (!user || !user.active || user.sessionVersion !== sessionVersion || !user.passwordHash) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, regionIds: await findUserRegionIds(db, user.id) };
}
