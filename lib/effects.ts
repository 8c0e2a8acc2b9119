// What must follow a committed change, said by the use case that made it and carried out by the
// wrappers of app/ (lib/server/action.ts, lib/server/route.ts) once the transaction has committed:
// use cases also run outside Next (scripts, tests, jobs), where there is no page cache to refresh.
export type Effect =
  | { kind: 'event_changed'; slug: string }
  | { kind: 'practice_changed'; practiceId: string }
  | { kind: 'tour_settings_changed' };

/** A use case's answer, with what must follow its commit. */
export type WithEffects = { effects?: readonly Effect[] };

/** The public pages of one event and the lists that show it are stale (seats, title, status…). */
export const eventChanged = (slug: string): Effect => ({ kind: 'event_changed', slug });

/**
 * A practice was published, unpublished or reworded: the meeting pages whose programme links it
 * and the home page's latest practices are stale (moderation returns it).
 */
export const practiceChanged = (practiceId: string): Effect => ({ kind: 'practice_changed', practiceId });

/** The survey's window or the recueil's introduction changed (the home page's survey link). */
export const tourSettingsChanged = (): Effect => ({ kind: 'tour_settings_changed' });

/** The effects of a change that may have changed nothing. */
export const effectsIf = (changed: boolean, ...effects: Effect[]): Effect[] => (changed ? effects : []);
