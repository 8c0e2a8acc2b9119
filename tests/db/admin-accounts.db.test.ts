// Account management by national staff: who may do it, sessions ended at once by a deactivation,
// regions, a new invitation link (the last national account: admin-last-national.db.test.ts).
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { auditEntries, outboundEmails, partnerRegions, regions, users, userTokens } from '@/db/schema';
import { inviteUser, resendInvitation } from '@/lib/accounts/invitations';
import { changeRegions, deactivateAccount, listAccounts, listRegionChoices, reactivateAccount } from '@/lib/accounts/manage';
import { authenticate } from '@/lib/accounts/sign-in';
import { loadCurrentUser } from '@/lib/accounts/sessions';
import { setPasswordWithToken } from '@/lib/accounts/set-password';
import { errorOf } from '../support/accounts';
import { createUser, testDatabase, uniqueEmail } from '../support/db';

const { sql, db } = testDatabase(10);
afterAll(() => sql.end());
const now = new Date('2030-05-01T08:00:00Z');
const appUrl = 'http://localhost:3000';
const ctx = { now, appUrl };
const PASSWORD = 'mot-de-passe-de-test';

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
    const { userId } = await inviteUser(staff.currentUser, { email, role: 'partner', regionIds: await regionIdsOf(['53']) }, ctx, db);
    const other = await createUser(db, { role: 'partner', regionCodes: ['53'] });
    const [occitanie] = await regionIdsOf(['76']);
    const calls = (actor: typeof partner.currentUser | null) => [
      () => listAccounts(actor, undefined, db),
      () => listRegionChoices(actor, db),
      () => changeRegions(actor, other.id, [occitanie], { now }, db),
      () => deactivateAccount(actor, other.id, { now }, db),
      () => reactivateAccount(actor, other.id, { now }, db),
      () => resendInvitation(actor, userId, ctx, db),
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
    const { userId } = await inviteUser(staff.currentUser, { email, name: 'Inès Liste', role: 'partner', regionIds: await regionIdsOf(['76', '53']) }, ctx, db);
    const active = await createUser(db, { role: 'partner', regionCodes: ['84'] });

    const accounts = await listAccounts(staff.currentUser, { now }, db);
    const invited = accounts.find((a) => a.id === userId)!;
    expect(invited).toMatchObject({ email, name: 'Inès Liste', role: 'partner', active: true, isSelf: false });
    expect(invited.regions.map((r) => r.name)).toEqual(['Bretagne', 'Occitanie']);
    expect(invited.invitation).toEqual({ state: 'pending', expiresAt: new Date(now.getTime() + 7 * 86_400_000) });
    expect(invited.lastChange).toMatchObject({ action: 'invite', by: 'Compte de test' });
    expect(accounts.find((a) => a.id === active.id)).toMatchObject({ invitation: { state: 'accepted' }, lastChange: null });
    expect(accounts.find((a) => a.id === staff.id)?.isSelf).toBe(true);

    const later = await listAccounts(staff.currentUser, { now: new Date(now.getTime() + 8 * 86_400_000) }, db);
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

    const result = await changeRegions(staff.currentUser, partner.id, [String(normandie), bretagne, bretagne], { now }, db);
    expect(result).toEqual({ userId: partner.id, email: partner.email, changed: true });
    expect((await loadCurrentUser(partner.id, 0, db))?.regionIds.sort()).toEqual([bretagne, normandie].sort());
    const [entry] = await auditOf(partner.id);
    expect(entry).toMatchObject({
      userId: staff.id,
      action: 'change_regions',
      changes: { regionIds: { before: [occitanie], after: [bretagne, normandie].sort((a, b) => a - b) } },
    });

    // The same regions again: nothing changes, nothing is written.
    expect((await changeRegions(staff.currentUser, partner.id, [bretagne, normandie], { now }, db)).changed).toBe(false);
    expect(await auditOf(partner.id)).toHaveLength(1);
  });

  it('refuses no region, an unknown region, a national account, an unknown account', async () => {
    const staff = await createUser(db, { role: 'national' });
    const partner = await createUser(db, { role: 'partner', regionCodes: ['76'] });
    const other = await createUser(db, { role: 'national' });
    const none = await errorOf(changeRegions(staff.currentUser, partner.id, [], { now }, db));
    expect([none?.code, none?.fields]).toEqual(['validation_failed', { regionIds: 'Choisissez au moins une région.' }]);
    expect((await errorOf(changeRegions(staff.currentUser, partner.id, undefined, { now }, db)))?.fields).toHaveProperty('regionIds');
    expect((await errorOf(changeRegions(staff.currentUser, partner.id, [32000], { now }, db)))?.fields).toEqual({ regionIds: 'Région inconnue.' });
    expect((await errorOf(changeRegions(staff.currentUser, partner.id, ['abc'], { now }, db)))?.code).toBe('validation_failed');
    const national = await errorOf(changeRegions(staff.currentUser, other.id, await regionIdsOf(['76']), { now }, db));
    expect(national?.message).toBe('Un compte national couvre déjà toutes les régions.');
    expect((await errorOf(changeRegions(staff.currentUser, randomUUID(), await regionIdsOf(['76']), { now }, db)))?.code).toBe('not_found');
    expect((await errorOf(changeRegions(staff.currentUser, 'pas-un-id', await regionIdsOf(['76']), { now }, db)))?.code).toBe('not_found');
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
    expect(await loadCurrentUser(partner.id, 0, db)).not.toBeNull();

    expect(await deactivateAccount(staff.currentUser, partner.id, { now }, db)).toEqual({ userId: partner.id, email: partner.email, changed: true });
    expect(await loadCurrentUser(partner.id, 0, db)).toBeNull();
    expect(await loadCurrentUser(partner.id, 1, db)).toBeNull();
    expect((await errorOf(authenticate({ email: partner.email, password: PASSWORD }, { now }, db)))?.code).toBe('unauthorized');
    expect((await deactivateAccount(staff.currentUser, partner.id, { now }, db)).changed).toBe(false);

    expect((await reactivateAccount(staff.currentUser, partner.id, { now }, db)).changed).toBe(true);
    expect((await reactivateAccount(staff.currentUser, partner.id, { now }, db)).changed).toBe(false);
    const session = await authenticate({ email: partner.email, password: PASSWORD }, { now }, db);
    expect(session.sessionVersion).toBe(1);
    expect(await loadCurrentUser(partner.id, 0, db)).toBeNull();
    expect(await loadCurrentUser(partner.id, 1, db)).toMatchObject({ id: partner.id });

    const audit = await auditOf(partner.id);
    expect(audit.map((a) => [a.userId, a.action, a.changes])).toEqual([
      [staff.id, 'deactivate', { active: { before: true, after: false } }],
      [staff.id, 'reactivate', { active: { before: false, after: true } }],
    ]);
  });

  it('spends the links not used yet: a deactivated invitee cannot activate the account with the old e-mail', async () => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('desactive');
    const { userId } = await inviteUser(staff.currentUser, { email, role: 'partner', regionIds: await regionIdsOf(['76']) }, ctx, db);
    const token = tokenIn((await invitationsTo(email))[0].text);
    await deactivateAccount(staff.currentUser, userId, { now }, db);
    const attempt = await errorOf(setPasswordWithToken(token, 'invitation', { password: 'une-phrase-longue', confirmation: 'une-phrase-longue' }, now, db));
    expect(attempt?.code).toBe('not_found');
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    expect([row.active, row.passwordHash]).toEqual([false, null]);
    // Reactivated, it still needs a new invitation (the old one was spent).
    await reactivateAccount(staff.currentUser, userId, { now }, db);
    expect((await listAccounts(staff.currentUser, { now }, db)).find((a) => a.id === userId)?.invitation.state).toBe('expired');
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
        changeRegions(a.currentUser, partner.id, [round % 2 ? occitanie : bretagne], { now }, db),
        deactivateAccount(b.currentUser, partner.id, { now }, db),
        changeRegions(b.currentUser, partner.id, [occitanie, bretagne], { now }, db),
        reactivateAccount(a.currentUser, partner.id, { now }, db),
      ]);
      expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    }
  });

  it('refuses an unknown or malformed account', async () => {
    const staff = await createUser(db, { role: 'national' });
    expect((await errorOf(deactivateAccount(staff.currentUser, randomUUID(), { now }, db)))?.code).toBe('not_found');
    expect((await errorOf(deactivateAccount(staff.currentUser, '1 OR 1=1', { now }, db)))?.code).toBe('not_found');
    expect((await errorOf(reactivateAccount(staff.currentUser, randomUUID(), { now }, db)))?.code).toBe('not_found');
  });
});

describe('resendInvitation', () => {
  it('sends a new 7-day link and spends the older ones; refused once the account is activated or deactivated', async () => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('relance');
    const { userId } = await inviteUser(staff.currentUser, { email, name: 'Léa Relance', role: 'partner', regionIds: await regionIdsOf(['76', '53']) }, ctx, db);
    const later = new Date(now.getTime() + 3 * 86_400_000);
    const result = await resendInvitation(staff.currentUser, userId, { appUrl, now: later }, db);
    expect(result).toEqual({ userId, email, changed: true, expiresAt: new Date(later.getTime() + 7 * 86_400_000) });

    const mails = await invitationsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain('Occitanie');
    expect(mails[1].text).toContain('Bretagne');
    const [oldToken, newToken] = mails.map((m) => tokenIn(m.text));
    expect(newToken).not.toBe(oldToken);
    const password = { password: 'une-phrase-choisie', confirmation: 'une-phrase-choisie' };
    expect((await errorOf(setPasswordWithToken(oldToken, 'invitation', password, later, db)))?.code).toBe('not_found');
    // Valid for 7 days from the resend, not from the first invitation.
    const eightDaysAfterFirst = new Date(now.getTime() + 8 * 86_400_000);
    await setPasswordWithToken(newToken, 'invitation', password, eightDaysAfterFirst, db);
    expect((await authenticate({ email, password: 'une-phrase-choisie' }, { now: eightDaysAfterFirst }, db)).id).toBe(userId);

    const accepted = await errorOf(resendInvitation(staff.currentUser, userId, ctx, db));
    expect(accepted?.code).toBe('validation_failed');

    const email2 = uniqueEmail('relance-inactif');
    const invited = await inviteUser(staff.currentUser, { email: email2, role: 'national' }, ctx, db);
    await deactivateAccount(staff.currentUser, invited.userId, { now }, db);
    expect((await errorOf(resendInvitation(staff.currentUser, invited.userId, ctx, db)))?.message).toContain('réactivez-le');
    expect(await invitationsTo(email2)).toHaveLength(1);

    const [entry] = (await auditOf(userId)).filter((a) => a.action === 'resend_invitation');
    expect(entry.changes).toEqual({
      invitationExpiresAt: { before: new Date(now.getTime() + 7 * 86_400_000).toISOString(), after: result.expiresAt.toISOString() },
    });
  });

  it('writes no password, hash or link into the audit trail', async () => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('secret');
    const { userId, token } = await inviteUser(staff.currentUser, { email, role: 'partner', regionIds: await regionIdsOf(['76']) }, ctx, db);
    await resendInvitation(staff.currentUser, userId, ctx, db);
    const newToken = tokenIn((await invitationsTo(email))[1].text);
    await setPasswordWithToken(newToken, 'invitation', { password: 'phrase-tres-secrete', confirmation: 'phrase-tres-secrete' }, now, db);
    await changeRegions(staff.currentUser, userId, await regionIdsOf(['53']), { now }, db);
    await deactivateAccount(staff.currentUser, userId, { now }, db);
    await reactivateAccount(staff.currentUser, userId, { now }, db);

    const audit = await auditOf(userId);
    expect(audit.map((a) => a.action)).toEqual(['invite', 'resend_invitation', 'accept_invitation', 'change_regions', 'deactivate', 'reactivate']);
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    const hashes = (await db.select().from(userTokens).where(eq(userTokens.userId, userId))).map((t) => t.tokenHash);
    const text = JSON.stringify(audit);
    for (const secret of ['phrase-tres-secrete', row.passwordHash!, token, newToken, ...hashes]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/password|token|hash/i);
  });
});
