// What follows a committed change of registrations, in the app (not in the use cases, which also
// run outside Next): fresh seat counts on the public pages. (The queued e-mails need nothing: their
// jobs committed with the change and a runner takes them at once.)
import 'server-only';
import { invalidateEvent } from '@/lib/events/invalidate';

export function afterRegistrationChange(eventSlug: string) {
  invalidateEvent(eventSlug);
}
