// The last national account that can sign in is kept, also under concurrency (account
// management by national staff, on a database of its own).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { users } from '@/db/schema';
import { inviteUser } from '@/lib/accounts/invitations';
import { deactivateAccount, LAST_NATIONAL, LAST_NATIONAL_SELF, reactivateAccount } from '@/lib/accounts/manage';
import { loadCurrentUser } from '@/lib/accounts/sessions';
import { createUser, uniqueEmail } from '../support/db';
import { errorOf } from '../support/accounts';
import { emptyDatabase, type EmptyDatabase } from '../support/own-database';

const now = new Date('2030-05-01T08:00:00Z');
const ctx = { now, appUrl: 'http://localhost:3000' };

// The last national account, on a database of its own: the shared test database has the demo
// staff account, which other tests sign in with and which must stay active.
describe('the last national account that can sign in', () => {
  let fresh: EmptyDatabase;

  beforeAll(async () => {
    fresh = await emptyDatabase('nationals', 6);
    await migrateDatabase(fresh.url);
  });

  afterAll(async () => {
    await fresh?.drop();
  });

  const nationalIn = (database: Database) => createUser(database, { role: 'national' });

  it('cannot be deactivated, by someone else or by themselves; an invited national who never signed in does not count', async () => {
    const freshDb = fresh.db;
    await freshDb.delete(users);
    const a = await nationalIn(freshDb);
    const b = await nationalIn(freshDb);
    const { userId: invitee } = await inviteUser(a.currentUser, { email: uniqueEmail('invite-national'), role: 'national' }, ctx, freshDb);

    expect((await deactivateAccount(a.currentUser, b.id, { now }, freshDb)).changed).toBe(true);
    const self = await errorOf(deactivateAccount(a.currentUser, a.id, { now }, freshDb));
    expect([self?.code, self?.message]).toEqual(['validation_failed', LAST_NATIONAL_SELF]);
    // The one who never set a password can be deactivated; it could not have signed in anyway.
    expect((await deactivateAccount(a.currentUser, invitee, { now }, freshDb)).changed).toBe(true);
    const [row] = await freshDb.select().from(users).where(eq(users.id, a.id));
    expect(row.active).toBe(true);
    expect(await loadCurrentUser(a.id, 0, freshDb)).not.toBeNull();

    // With the other one back, either may go.
    await reactivateAccount(a.currentUser, b.id, { now }, freshDb);
    expect((await deactivateAccount(a.currentUser, a.id, { now }, freshDb)).changed).toBe(true);
    const last = await errorOf(deactivateAccount(b.currentUser, b.id, { now }, freshDb));
    expect(last?.message).toBe(LAST_NATIONAL_SELF);
    const byOther = await errorOf(deactivateAccount(a.currentUser, b.id, { now }, freshDb));
    // a is deactivated: it acts no more.
    expect(byOther?.code).toBe('forbidden');
  });

  it('two concurrent deactivations of the last two nationals: exactly one succeeds', async () => {
    const freshDb = fresh.db;
    for (let round = 0; round < 5; round++) {
      await freshDb.delete(users);
      const a = await nationalIn(freshDb);
      const b = await nationalIn(freshDb);
      // Each deactivates the other, and each itself, all at once.
      const results = await Promise.allSettled([
        deactivateAccount(a.currentUser, b.id, { now }, freshDb),
        deactivateAccount(b.currentUser, a.id, { now }, freshDb),
        deactivateAccount(a.currentUser, a.id, { now }, freshDb),
        deactivateAccount(b.currentUser, b.id, { now }, freshDb),
      ]);
      const succeeded = results.filter((r) => r.status === 'fulfilled' && r.value.changed);
      expect(succeeded).toHaveLength(1);
      const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code);
      expect(refused.every((code) => code === 'validation_failed' || code === 'forbidden')).toBe(true);
      const rows = await freshDb.select().from(users);
      expect(rows.filter((u) => u.active)).toHaveLength(1);
      expect(rows.filter((u) => !u.active).map((u) => u.sessionVersion)).toEqual([1]);
    }
    expect(LAST_NATIONAL).toContain('dernier compte national actif');
  });
});
