import { can, type CurrentUser } from './permissions';

/** The first page after sign-in: the console for whoever may open it, the partner space otherwise. */
export function landingAfterSignIn(user: CurrentUser | null): string {
  if (!user) return '/connexion';
  return can(user, 'console:open') ? '/admin' : '/espace';
}
