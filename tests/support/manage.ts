// Shared by the database tests of the event editor (tests/db/manage-*.db.test.ts).
import { desc, eq } from 'drizzle-orm';
import { auditEntries } from '@/db/schema';
import { registerAttendee } from '@/lib/registrations/register';
import type { TestDb } from './db';
import { validInput } from './registration';

/** A fixed clock, long before the events the factories create (60 days after it). */
export const now = new Date('2030-03-01T10:00:00Z');
export const ctx = { now, appUrl: 'http://localhost:3000' };

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
