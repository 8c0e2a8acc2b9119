// National staff only: the tour-wide views and tools of /admin. A partner holds some of the same
// permissions for their own regions, so opening the national console is checked as well.
import { assertCan, can, type CurrentUser, type Permission } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';

export function assertNationalStaff(user: CurrentUser | null, permission: Permission): asserts user is CurrentUser {
  assertCan(user, permission);
  if (!can(user, 'console:open')) throw new AppError('forbidden', "Vous n'avez pas accès à cette page.");
}
