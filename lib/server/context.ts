// What every server action and route handler hands its use case: who is asking, the clock, the
// site's public address and the client's address. Built by the wrappers only.
import 'server-only';
import { getCurrentUser } from '@/lib/auth/session';
import type { CurrentUser } from '@/lib/auth/permissions';
import { appUrl } from '@/lib/config';
import type { Effect } from '@/lib/effects';
import { invalidateEvent } from '@/lib/events/invalidate';
import { invalidatePractice, invalidateTourSettings } from '@/lib/practices/invalidate';
import { clientIp } from '@/lib/request';

export type RequestContext = {
  /** The signed-in user (read from the database on every request), or null. */
  user: CurrentUser | null;
  now: Date;
  appUrl: string;
  ip: string | null;
};

export async function requestContext(headers: Headers, { user = true } = {}): Promise<RequestContext> {
  return {
    user: user ? await getCurrentUser() : null,
    now: new Date(),
    appUrl: appUrl(),
    ip: clientIp(headers),
  };
}

/** Carries out what a committed use case asked for. */
export function runEffects(effects: readonly Effect[] | undefined): void {
  for (const effect of effects ?? []) {
    switch (effect.kind) {
      case 'event_changed':
        invalidateEvent(effect.slug);
        break;
      case 'practice_changed':
        invalidatePractice(effect.practiceId);
        break;
      case 'tour_settings_changed':
        invalidateTourSettings();
        break;
    }
  }
}
