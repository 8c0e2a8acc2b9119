// Account management by national staff: who may do it, sessions ended at once by a deactivation,
// the last national account kept (also under concurrency), regions, a new invitation link.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { auditEntries, outboundEmails, partnerRegions, regions, users, userTokens } from '@/db/schema';
import {
  changeRegions,
  deactivateAccount,
  LAST_NATIONAL,
  LAST_NATIONAL_SELF,
  listAccounts,
  listRegionChoices,
  reactivateAccount,
  resendInvitation,
} from '@/lib/admin/accounts';
import { authenticate, inviteUser, loadCurrentUser, setPasswordWithToken } from '@/lib/auth/accounts';
import type { AppError } from '@/lib/errors';
import { createUser, testDatabase, uniqueEmail } from '../support/db';

const { sql, db } = testDatabase(10);
afterAll(() => sql.end());
const now = new Date('2030-05-01T08:00:00Z');
const appUrl = 'http://localhost:3000';
const ctx = { now, appUrl };
const PASSWORD = 'mot-de-passe-de-test';

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
}
const tokenIn = (text: string) => text.match(/\/invitation\/([A-Za-z0-9_-]{43})/)![1];

async function regionIdsOf(codes: string[]) {
  const rows = await db.select().from(regions);
  return codes.map((code) => rows.find((r) => r.code === code)!.id);
}

async function auditOf(userId: string) {
  return db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'user'), eq(auditEntries.entityId, userId))).orderBy(auditEntries.id);
}

async function invitationsTo(email: string) {
  return db
    .select()
    .from(outboundEmails)
    .where(and(eq(outboundEmails.to, email), eq(outboundEmails.kind, 'account_invitation')))
    .orderBy(outboundEmails.createdAt);
}

describe('who may manage accounts', () => {
  it('[partner] is refused every use case (forbidden), an anonymous caller too (unauthorized), and nothing changes', async () => {
    const partner = await createUser(db, { role: 'partner', regionCodes: ['76'] });
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('cible');
    const { userId } = await inviteUser(db, staff.currentUser, { email, role: 'partner', regionIds: await regionIdsOf(['53']) }, ctx);
    const other = await createUser(db, { role: 'partner', regionCodes: ['53'] });
    const [occitanie] = await regionIdsOf(['76']);
    const calls = (actor: typeof partner.currentUser | null) => [
      () => listAccounts(db, actor),
      () => listRegionChoices(db, actor),
      () => changeRegions(db, actor, other.id, [occitanie], { now }),
      () => deactivateAccount(db, actor, other.id, { now }),
      () => reactivateAccount(db, actor, other.id, { now }),
      () => resendInvitation(db, actor, userId, ctx),
    ];
    for (const call of calls(partner.currentUser)) expect((await errorOf(call()))?.code).toBe('forbidden');
    for (const call of calls(null)) expect((await errorOf(call()))?.code).toBe('unauthorized');

    const [row] = await db.select().from(users).where(eq(users.id, other.id));
    expect([row.active, row.sessionVersion]).toEqual([true, 0]);
    expect(await db.select().from(partnerRegions).where(eq(partnerRegions.userId, other.id))).toHaveLength(1);
    expect(await auditOf(other.id)).toEqual([]);
    expect(await invitationsTo(email)).toHaveLength(1);
  });
});

describe('listAccounts', () => {
  it('gives each account its regions, invitation state and last change', async () => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('liste');
    const { userId } = await inviteUser(db, staff.currentUser, { email, name: 'Inès Liste', role: 'partner', regionIds: await regionIdsOf(['76', '53']) }, ctx);
    const active = await createUser(db, { role: 'partner', regionCodes: ['84'] });

    const accounts = await listAccounts(db, staff.currentUser, { now });
    const invited = accounts.find((a) => a.id === userId)!;
    expect(invited).toMatchObject({ email, name: 'Inès Liste', role: 'partner', active: true, isSelf: false });
    expect(invited.regions.map((r) => r.name)).toEqual(['Bretagne', 'Occitanie']);
    expect(invited.invitation).toEqual({ state: 'pending', expiresAt: new Date(now.getTime() + 7 * 86_400_000) });
    expect(invited.lastChange).toMatchObject({ action: 'invite', by: 'Compte de test' });
    expect(accounts.find((a) => a.id === active.id)).toMatchObject({ invitation: { state: 'accepted' }, lastChange: null });
    expect(accounts.find((a) => a.id === staff.id)?.isSelf).toBe(true);

    const later = await listAccounts(db, staff.currentUser, { now: new Date(now.getTime() + 8 * 86_400_000) });
    expect(later.find((a) => a.id === userId)?.invitation.state).toBe('expired');
    // Active accounts first.
    const firstInactive = accounts.findIndex((a) => !a.active);
    if (firstInactive >= 0) expect(accounts.slice(firstInactive).every((a) => !a.active)).toBe(true);
  });
});

describe('changeRegions', () => {
  it('sets a partner’s regions, read at once by their next request, with before and after in the audit trail', async () => {
    const staff = await createUser(db, { role: 'national' });
    const partner = await createUser(db, { role: 'partner', regionCodes: ['76'] });
    const [occitanie, bretagne, normandie] = await regionIdsOf(['76', '53', '28']);

    const result = await changeRegions(db, staff.currentUser, partner.id, [String(normandie), bretagne, bretagne], { now });
    expect(result).toEqual({ userId: partner.id, email: partner.email, changed: true });
    expect((await loadCurrentUser(db, partner.id, 0))?.regionIds.sort()).toEqual([bretagne, normandie].sort());
    const [entry] = await auditOf(partner.id);
    expect(entry).toMatchObject({
      userId: staff.id,
      action: 'change_regions',
      changes: { regionIds: { before: [occitanie], after: [bretagne, normandie].sort((a, b) => a - b) } },
    });

    // The same regions again: nothing changes, nothing is written.
    expect((await changeRegions(db, staff.currentUser, partner.id, [bretagne, normandie], { now })).changed).toBe(false);
    expect(await auditOf(partner.id)).toHaveLength(1);
  });

  it('refuses no region, an unknown region, a national account, an unknown account', async () => {
    const staff = await createUser(db, { role: 'national' });
    const partner = await createUser(db, { role: 'partner', regionCodes: ['76'] });
    const other = await createUser(db, { role: 'national' });
    const none = await errorOf(changeRegions(db, staff.currentUser, partner.id, [], { now }));
    expect([none?.code, none?.fields]).toEqual(['validation_failed', { regionIds: 'Choisissez au moins une région.' }]);
    expect((await errorOf(changeRegions(db, staff.currentUser, partner.id, undefined, { now })))?.fields).toHaveProperty('regionIds');
    expect((await errorOf(changeRegions(db, staff.currentUser, partner.id, [32000], { now })))?.fields).toEqual({ regionIds: 'Région inconnue.' });
    expect((await errorOf(changeRegions(db, staff.currentUser, partner.id, ['abc'], { now })))?.code).toBe('validation_failed');
    const national = await errorOf(changeRegions(db, staff.currentUser, other.id, await regionIdsOf(['76']), { now }));
    expect(national?.message).toBe('Un compte national couvre déjà toutes les régions.');
    expect((await errorOf(changeRegions(db, staff.currentUser, randomUUID(), await regionIdsOf(['76']), { now })))?.code).toBe('not_found');
    expect((await errorOf(changeRegions(db, staff.currentUser, 'pas-un-id', await regionIdsOf(['76']), { now })))?.code).toBe('not_found');
    expect(await findRegions(partner.id)).toEqual(await regionIdsOf(['76']));
  });
});

async function findRegions(userId: string) {
  const rows = await db.select().from(partnerRegions).where(eq(partnerRegions.userId, userId));
  return rows.map((r) => r.regionId);
}

describe('deactivateAccount and reactivateAccount', () => {
  it('ends the account’s sessions at once and refuses its sign-in; reactivation lets it sign in again, old sessions stay ended', async () => {
    const staff = await createUser(db, { role: 'national' });
    const partner = await createUser(db, { role: 'partner', regionCodes: ['76'] });
    expect(await loadCurrentUser(db, partner.id, 0)).not.toBeNull();

    expect(await deactivateAccount(db, staff.currentUser, partner.id, { now })).toEqual({ userId: partner.id, email: partner.email, changed: true });
    expect(await loadCurrentUser(db, partner.id, 0)).toBeNull();
    expect(await loadCurrentUser(db, partner.id, 1)).toBeNull();
    expect((await errorOf(authenticate(db, { email: partner.email, password: PASSWORD }, { now })))?.code).toBe('unauthorized');
    expect((await deactivateAccount(db, staff.currentUser, partner.id, { now })).changed).toBe(false);

    expect((await reactivateAccount(db, staff.currentUser, partner.id, { now })).changed).toBe(true);
    expect((await reactivateAccount(db, staff.currentUser, partner.id, { now })).changed).toBe(false);
    const session = await authenticate(db, { email: partner.email, password: PASSWORD }, { now });
    expect(session.sessionVersion).toBe(1);
    expect(await loadCurrentUser(db, partner.id, 0)).toBeNull();
    expect(await loadCurrentUser(db, partner.id, 1)).toMatchObject({ id: partner.id });

    const audit = await auditOf(partner.id);
    expect(audit.map((a) => [a.userId, a.action, a.changes])).toEqual([
      [staff.id, 'deactivate', { active: { before: true, after: false } }],
      [staff.id, 'reactivate', { active: { before: false, after: true } }],
    ]);
  });

  it('spends the links not used yet: a deactivated invitee cannot activate the account with the old e-mail', async () => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('desactive');
    const { userId } = await inviteUser(db, staff.currentUser, { email, role: 'partner', regionIds: await regionIdsOf(['76']) }, ctx);
    const token = tokenIn((await invitationsTo(email))[0].text);
    await deactivateAccount(db, staff.currentUser, userId, { now });
    const attempt = await errorOf(setPasswordWithToken(db, token, 'invitation', { password: 'une-phrase-longue', confirmation: 'une-phrase-longue' }, now));
    expect(attempt?.code).toBe('not_found');
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    expect([row.active, row.passwordHash]).toEqual([false, null]);
    // Reactivated, it still needs a new invitation (the old one was spent).
    await reactivateAccount(db, staff.currentUser, userId, { now });
    expect((await listAccounts(db, staff.currentUser, { now })).find((a) => a.id === userId)?.invitation.state).toBe('expired');
  });

  it('runs alongside other changes of the same account without deadlock', async () => {
    // A deactivation locks the national accounts, then the account; a change of regions locks the
    // account, then its audit entry checks the acting national's row (a foreign key).
    const a = await createUser(db, { role: 'national' });
    const b = await createUser(db, { role: 'national' });
    const [occitanie, bretagne] = await regionIdsOf(['76', '53']);
    for (let round = 0; round < 15; round++) {
      const partner = await createUser(db, { role: 'partner', regionCodes: ['76'] });
      const results = await Promise.allSettled([
        changeRegions(db, a.currentUser, partner.id, [round % 2 ? occitanie : bretagne], { now }),
        deactivateAccount(db, b.currentUser, partner.id, { now }),
        changeRegions(db, b.currentUser, partner.id, [occitanie, bretagne], { now }),
        reactivateAccount(db, a.currentUser, partner.id, { now }),
      ]);
      expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    }
  });

  it('refuses an unknown or malformed account', async () => {
    const staff = await createUser(db, { role: 'national' });
    expect((await errorOf(deactivateAccount(db, staff.currentUser, randomUUID(), { now })))?.code).toBe('not_found');
    expect((await errorOf(deactivateAccount(db, staff.currentUser, '1 OR 1=1', { now })))?.code).toBe('not_found');
    expect((await errorOf(reactivateAccount(db, staff.currentUser, randomUUID(), { now })))?.code).toBe('not_found');
  });
});

describe('resendInvitation', () => {
  it('sends a new 7-day link and spends the older ones; refused once the account is activated or deactivated', async () => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('relance');
    const { userId } = await inviteUser(db, staff.currentUser, { email, name: 'Léa Relance', role: 'partner', regionIds: await regionIdsOf(['76', '53']) }, ctx);
    const later = new Date(now.getTime() + 3 * 86_400_000);
    const result = await resendInvitation(db, staff.currentUser, userId, { appUrl, now: later });
    expect(result).toEqual({ userId, email, changed: true, expiresAt: new Date(later.getTime() + 7 * 86_400_000) });

    const mails = await invitationsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain('Occitanie');
    expect(mails[1].text).toContain('Bretagne');
    const [oldToken, newToken] = mails.map((m) => tokenIn(m.text));
    expect(newToken).not.toBe(oldToken);
    const password = { password: 'une-phrase-choisie', confirmation: 'une-phrase-choisie' };
    expect((await errorOf(setPasswordWithToken(db, oldToken, 'invitation', password, later)))?.code).toBe('not_found');
    // Valid for 7 days from the resend, not from the first invitation.
    const eightDaysAfterFirst = new Date(now.getTime() + 8 * 86_400_000);
    await setPasswordWithToken(db, newToken, 'invitation', password, eightDaysAfterFirst);
    expect((await authenticate(db, { email, password: 'une-phrase-choisie' }, { now: eightDaysAfterFirst })).id).toBe(userId);

    const accepted = await errorOf(resendInvitation(db, staff.currentUser, userId, ctx));
    expect(accepted?.code).toBe('validation_failed');

    const email2 = uniqueEmail('relance-inactif');
    const invited = await inviteUser(db, staff.currentUser, { email: email2, role: 'national' }, ctx);
    await deactivateAccount(db, staff.currentUser, invited.userId, { now });
    expect((await errorOf(resendInvitation(db, staff.currentUser, invited.userId, ctx)))?.message).toContain('réactivez-le');
    expect(await invitationsTo(email2)).toHaveLength(1);

    const [entry] = (await auditOf(userId)).filter((a) => a.action === 'resend_invitation');
    expect(entry.changes).toEqual({
      invitationExpiresAt: { before: new Date(now.getTime() + 7 * 86_400_000).toISOString(), after: result.expiresAt.toISOString() },
    });
  });

  it('writes no password, hash or link into the audit trail', async () => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('secret');
    const { userId, token } = await inviteUser(db, staff.currentUser, { email, role: 'partner', regionIds: await regionIdsOf(['76']) }, ctx);
    await resendInvitation(db, staff.currentUser, userId, ctx);
    const newToken = tokenIn((await invitationsTo(email))[1].text);
    await setPasswordWithToken(db, newToken, 'invitation', { password: 'phrase-tres-secrete', confirmation: 'phrase-tres-secrete' }, now);
    await changeRegions(db, staff.currentUser, userId, await regionIdsOf(['53']), { now });
    await deactivateAccount(db, staff.currentUser, userId, { now });
    await reactivateAccount(db, staff.currentUser, userId, { now });

    const audit = await auditOf(userId);
    expect(audit.map((a) => a.action)).toEqual(['invite', 'resend_invitation', 'accept_invitation', 'change_regions', 'deactivate', 'reactivate']);
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    const hashes = (await db.select().from(userTokens).where(eq(userTokens.userId, userId))).map((t) => t.tokenHash);
    const text = JSON.stringify(audit);
    for (const secret of ['phrase-tres-secrete', row.passwordHash!, token, newToken, ...hashes]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/password|token|hash/i);
  });
});

// The last national account, on a database of its own: the shared test database has the demo
// staff account, which other tests sign in with and which must stay active.
describe('the last national account that can sign in', () => {
  const name = `tour_nationals_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const urlFor = (database: string) => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const admin = postgres(urlFor('postgres'), { max: 1, onnotice: () => {} });
  let fresh: ReturnType<typeof connect>;

  beforeAll(async () => {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    fresh = connect(urlFor(name), { max: 6 });
    await migrateDatabase(urlFor(name));
  });

  afterAll(async () => {
    await fresh?.sql.end();
    await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${name} AND pid <> pg_backend_pid()`;
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  });

  const nationalIn = (database: Database) => createUser(database, { role: 'national' });

  it('cannot be deactivated, by someone else or by themselves; an invited national who never signed in does not count', async () => {
    const freshDb = fresh.db;
    await freshDb.delete(users);
    const a = await nationalIn(freshDb);
    const b = await nationalIn(freshDb);
    const { userId: invitee } = await inviteUser(freshDb, a.currentUser, { email: uniqueEmail('invite-national'), role: 'national' }, ctx);

    expect((await deactivateAccount(freshDb, a.currentUser, b.id, { now })).changed).toBe(true);
    const self = await errorOf(deactivateAccount(freshDb, a.currentUser, a.id, { now }));
    expect([self?.code, self?.message]).toEqual(['validation_failed', LAST_NATIONAL_SELF]);
    // The one who never set a password can be deactivated; it could not have signed in anyway.
    expect((await deactivateAccount(freshDb, a.currentUser, invitee, { now })).changed).toBe(true);
    const [row] = await freshDb.select().from(users).where(eq(users.id, a.id));
    expect(row.active).toBe(true);
    expect(await loadCurrentUser(freshDb, a.id, 0)).not.toBeNull();

    // With the other one back, either may go.
    await reactivateAccount(freshDb, a.currentUser, b.id, { now });
    expect((await deactivateAccount(freshDb, a.currentUser, a.id, { now })).changed).toBe(true);
    const last = await errorOf(deactivateAccount(freshDb, b.currentUser, b.id, { now }));
    expect(last?.message).toBe(LAST_NATIONAL_SELF);
    const byOther = await errorOf(deactivateAccount(freshDb, a.currentUser, b.id, { now }));
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
        deactivateAccount(freshDb, a.currentUser, b.id, { now }),
        deactivateAccount(freshDb, b.currentUser, a.id, { now }),
        deactivateAccount(freshDb, a.currentUser, a.id, { now }),
        deactivateAccount(freshDb, b.currentUser, b.id, { now }),
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
