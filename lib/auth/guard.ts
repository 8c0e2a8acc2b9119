import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { can, type CurrentUser } from './permissions';
import { getCurrentUser } from './session';

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/connexion');
  return user;
}

/** For pages: runs a check; a refusal shows the French 404 (a page one may not see does not exist). */
export function orNotFound<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof AppError && ['forbidden', 'not_found'].includes(error.code)) notFound();
    throw error;
  }
}

/** orNotFound for a check that reads the database: a refusal or an unknown id shows the French 404. */
export async function orNotFoundAsync<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof AppError && ['forbidden', 'not_found'].includes(error.code)) notFound();
    throw error;
  }
}

/** For /admin pages: national staff only; anyone else meets the French 404. */
export async function requireNational(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, 'console:open')) notFound();
  return user;
}
