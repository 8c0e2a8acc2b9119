// Shared by the database tests of the event editor (tests/db/manage-*.db.test.ts).
import { desc, eq } from 'drizzle-orm';
import { auditEntries, events } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { toEventFormValues } from '@/lib/events/manage/update-event-schema';
import { registerAttendee } from '@/lib/registrations/register';
import type { TestDb } from './db';
import { validInput } from './registration';

/** A fixed clock, long before the events the factories create (60 days after it). */
export const now = new Date('2030-03-01T10:00:00Z');
export const ctx = { now, appUrl: 'http://localhost:3000' };

/** The context a use case of the editor gets when `user` asks (the fixed clock and site address). */
export const by = (user: CurrentUser | null) => ({ ...ctx, user });

export { expectAppError } from './app-error';

/** The audit entries of one entity, newest first. */
export async function auditOf(db: TestDb, entityId: string) {
  return db.select().from(auditEntries).where(eq(auditEntries.entityId, entityId)).orderBy(desc(auditEntries.id));
}

/** A registration through the real use case, with the first atelier of each slot. */
// Each registration a second after the previous one, so "the oldest" is always well defined.
let tick = 0;

export async function register(
  db: TestDb,
  slug: string,
  slots: { id: string; workshops: { id: string }[] }[],
  overrides: Record<string, unknown> = {},
) {
  return registerAttendee(validInput(slots, overrides), { slug, now: new Date(now.getTime() + ++tick * 1000), appUrl: ctx.appUrl }, db);
}

/** The event row as stored now. */
export async function reloadEvent(db: TestDb, id: string) {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

/** The details form of a stored event, with some fields changed. */
export function detailsOf(event: Parameters<typeof toEventFormValues>[0], changes: Record<string, unknown> = {}) {
  return { ...toEventFormValues(event), ...changes };
}

/** The input of createEvent for a region, with some fields changed. */
export const creation = (regionId: number, overrides: Record<string, unknown> = {}) => ({
  regionId,
  title: 'Rencontre régionale de test',
  date: '2030-06-12',
  startTime: '09:30',
  endTime: '16:30',
  venueCity: 'Montpellier',
  capacity: 80,
  contactEmail: 'contact@test.example.org',
  ...overrides,
});

/** The helpers above, bound to a test file's database. */
export function editorHelpers(db: TestDb) {
  return {
    auditOf: (entityId: string) => auditOf(db, entityId),
    register: (slug: string, slots: { id: string; workshops: { id: string }[] }[], overrides: Record<string, unknown> = {}) => register(db, slug, slots, overrides),
    reload: (id: string) => reloadEvent(db, id),
  };
}
