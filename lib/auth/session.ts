import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { loadCurrentUser } from '@/lib/accounts/sessions';
import { authOptions } from './options';
import type { CurrentUser } from './permissions';

/**
 * The signed-in user, read from the database on every request: a deactivated account or a
 * session ended by a password change is refused at once, whatever its cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number } | null;
  if (!session?.uid || typeof session.sv !== 'number') return null;
  return loadCurrentUser(session.uid, session.sv);
});
