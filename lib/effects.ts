// What must follow a committed change, said by the use case that made it and carried out by the
// wrappers of app/ (lib/server/action.ts, lib/server/route.ts) once the transaction has committed:
// use cases also run outside Next (scripts, tests, jobs), where there is no page cache to refresh.
export type Effect = { kind: 'event_changed'; slug: string };

/** A use case's answer, with what must follow its commit. */
export type WithEffects = { effects?: readonly Effect[] };

/** The public pages of one event and the lists that show it are stale (seats, title, status…). */
export const eventChanged = (slug: string): Effect => ({ kind: 'event_changed', slug });

/** The effects of a change that may have changed nothing. */
export const effectsIf = (changed: boolean, ...effects: Effect[]): Effect[] => (changed ? effects : []);
