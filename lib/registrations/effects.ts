// What follows a committed change of registrations, in the app (not in the use cases, which also
// run outside Next): fresh seat counts on the public pages, and the queued e-mails on their way.
import 'server-only';
import { invalidateEvent } from '@/lib/events/invalidate';
import { kickEmailDelivery } from '@/lib/email/worker';

export function afterRegistrationChange(eventSlug: string) {
  invalidateEvent(eventSlug);
  kickEmailDelivery();
}
