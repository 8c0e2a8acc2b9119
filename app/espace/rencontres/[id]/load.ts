import 'server-only';
import { orNotFoundAsync, requireUser } from '@/lib/auth/guard';
import { getManagedEvent } from '@/lib/events/manage/get-managed-event';

/**
 * The event of the page's [id] as its editor sees it. An event outside the user's regions, an
 * unknown id or a malformed one all give the same 404: a page one may not see does not exist.
 */
export async function loadManagedEvent(params: Promise<{ id: string }>) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  return orNotFoundAsync(() => getManagedEvent(user, id));
}
