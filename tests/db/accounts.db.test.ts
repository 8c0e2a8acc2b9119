import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditEntries, outboundEmails, partnerRegions, users } from '@/db/schema';
import { authenticate, SIGN_IN_FAILED, SIGN_IN_THROTTLED } from '@/lib/accounts/sign-in';
import { inviteUser } from '@/lib/accounts/invitations';
import { loadCurrentUser } from '@/lib/accounts/sessions';
import { requestPasswordReset, RESET_REQUESTED } from '@/lib/accounts/password-reset';
import { setPasswordWithToken } from '@/lib/accounts/set-password';
import { AppError } from '@/lib/errors';
import { createUser, testDatabase, uniqueEmail } from '../support/db';

const { sql, db } = testDatabase();
afterAll(() => sql.end());
const now = new Date('2030-05-01T08:00:00Z');
const appUrl = 'http://localhost:3000';

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
}
const tokenIn = (text: string, path: string) => text.match(new RegExp(`${path}/([A-Za-z0-9_-]{43})`))![1];

describe('sign-in', () => {
  it('accepts the right password, whatever the case of the address', async () => {
    const user = await createUser(db, { role: 'partner', regionCodes: ['76'], password: 'bonne-phrase-de-passe' });
    const result = await authenticate({ email: user.email.toUpperCase(), password: 'bonne-phrase-de-passe' }, { now }, db);
    expect(result).toMatchObject({ id: user.id, role: 'partner', sessionVersion: 0 });
    expect(result).not.toHaveProperty('passwordHash');
  });

  it('answers the same for an unknown address and a wrong password', async () => {
    const user = await createUser(db);
    const wrong = await errorOf(authenticate({ email: user.email, password: 'mauvais-mot-de-passe' }, { now }, db));
    const unknown = await errorOf(authenticate({ email: uniqueEmail('inconnu'), password: 'mauvais-mot-de-passe' }, { now }, db));
    expect([wrong?.code, wrong?.message]).toEqual(['unauthorized', SIGN_IN_FAILED]);
    expect([unknown?.code, unknown?.message]).toEqual(['unauthorized', SIGN_IN_FAILED]);
  });

  it('throttles an account after 5 failures, even with the right password, and an address likewise', async () => {
    const user = await createUser(db, { password: 'la-bonne-phrase' });
    for (let i = 0; i < 5; i++) await errorOf(authenticate({ email: user.email, password: `faux-${i}-xxxxxxx` }, { now }, db));
    const throttled = await errorOf(authenticate({ email: user.email, password: 'la-bonne-phrase' }, { now }, db));
    expect([throttled?.code, throttled?.message]).toEqual(['rate_limited', SIGN_IN_THROTTLED]);
    // 15 minutes later the account may try again.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect((await authenticate({ email: user.email, password: 'la-bonne-phrase' }, { now: later }, db)).id).toBe(user.id);

    const ip = `192.0.2.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < 5; i++) await errorOf(authenticate({ email: uniqueEmail('x'), password: 'nimporte-quoi-123' }, { now, ip }, db));
    const other = await createUser(db, { password: 'autre-bonne-phrase' });
    expect((await errorOf(authenticate({ email: other.email, password: 'autre-bonne-phrase' }, { now, ip }, db)))?.code).toBe('rate_limited');
  });

  it('counts attempts before checking them: 30 at once get at most 5 checks, and the right password among them no more', async () => {
    const user = await createUser(db, { password: 'la-bonne-phrase' });
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        authenticate({ email: user.email, password: i === 29 ? 'la-bonne-phrase' : `faux-${i}-xxxxxxx` }, { now, ip }, db).then(
          () => 'signed_in',
          (e: AppError) => e.code,
        ),
      ),
    );
    const checked = burst.filter((r) => r !== 'rate_limited').length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(burst.filter((r) => r === 'rate_limited').length).toBeGreaterThanOrEqual(25);
    // After the burst the pair stays locked, right password or not.
    expect((await errorOf(authenticate({ email: user.email, password: 'la-bonne-phrase' }, { now, ip }, db)))?.code).toBe('rate_limited');
  });

  it('a stranger failing from another address does not lock the owner out; many addresses do, more slowly', async () => {
    const user = await createUser(db, { role: 'national', password: 'phrase-du-siege' });
    for (let i = 0; i < 6; i++) await errorOf(authenticate({ email: user.email, password: `faux-${i}-xxxxxxx` }, { now, ip: '203.0.113.7' }, db));
    expect((await errorOf(authenticate({ email: user.email, password: 'phrase-du-siege' }, { now, ip: '203.0.113.7' }, db)))?.code).toBe('rate_limited');
    expect((await authenticate({ email: user.email, password: 'phrase-du-siege' }, { now, ip: '203.0.113.8' }, db)).id).toBe(user.id);
    // 50 failures an hour for one account, from many addresses, lock it everywhere.
    for (let i = 0; i < 50; i++) await errorOf(authenticate({ email: user.email, password: `faux-${i}-xxxxxxx` }, { now, ip: `10.9.${i}.1` }, db));
    expect((await errorOf(authenticate({ email: user.email, password: 'phrase-du-siege' }, { now, ip: '203.0.113.9' }, db)))?.code).toBe('rate_limited');
  });

  it('refuses a deactivated account, and a session whose version is stale', async () => {
    const user = await createUser(db, { password: 'phrase-de-passe-ok', active: false });
    expect((await errorOf(authenticate({ email: user.email, password: 'phrase-de-passe-ok' }, { now }, db)))?.code).toBe('unauthorized');
    const active = await createUser(db, { role: 'partner', regionCodes: ['53'] });
    expect(await loadCurrentUser(active.id, 0, db)).toMatchObject({ id: active.id, role: 'partner', regionIds: active.regionIds });
    expect(await loadCurrentUser(active.id, 1, db)).toBeNull();
    await db.update(users).set({ active: false }).where(eq(users.id, active.id));
    expect(await loadCurrentUser(active.id, 0, db)).toBeNull();
  });
});

describe('invitations', () => {
  it('national staff invite a partner with regions; the link sets a password once, then the account signs in', async () => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('invite');
    const { userId } = await inviteUser(staff.currentUser, { email, name: 'Nouvelle Partenaire', role: 'partner', regionIds: await regionIdsOf(['76', '75']) }, { appUrl, now }, db);
    const regions = await db.select().from(partnerRegions).where(eq(partnerRegions.userId, userId));
    expect(regions).toHaveLength(2);
    const [mail] = await db.select().from(outboundEmails).where(and(eq(outboundEmails.to, email), eq(outboundEmails.kind, 'account_invitation')));
    expect(mail.text).toContain('7 jours');
    expect(mail.text).toContain('Nouvelle-Aquitaine');
    const token = tokenIn(mail.text, '/invitation');

    // Before accepting, no sign-in.
    expect((await errorOf(authenticate({ email, password: 'une-phrase-choisie' }, { now }, db)))?.code).toBe('unauthorized');
    const tooShort = await errorOf(setPasswordWithToken(token, 'invitation', { password: 'court', confirmation: 'court' }, now, db));
    expect(tooShort?.fields).toEqual({ password: 'Le mot de passe doit compter au moins 12 caractères.' });
    const mismatch = await errorOf(setPasswordWithToken(token, 'invitation', { password: 'une-phrase-choisie', confirmation: 'une-autre-phrase' }, now, db));
    expect(mismatch?.fields).toHaveProperty('confirmation');

    // Used at once by several requests: exactly one succeeds.
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () => setPasswordWithToken(token, 'invitation', { password: 'une-phrase-choisie', confirmation: 'une-phrase-choisie' }, now, db)),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.filter((a) => a.status === 'rejected').map((a) => (a as PromiseRejectedResult).reason.code)).toEqual(Array(4).fill('not_found'));
    expect((await authenticate({ email, password: 'une-phrase-choisie' }, { now }, db)).id).toBe(userId);
    const audit = await db.select().from(auditEntries).where(eq(auditEntries.entityId, userId));
    expect(audit.map((a) => a.action).sort()).toEqual(['accept_invitation', 'invite']);
    expect(JSON.stringify(audit)).not.toContain('une-phrase-choisie');
  });

  it('expires after 7 days; a partner cannot invite; a partner needs a region', async () => {
    const staff = await createUser(db, { role: 'national' });
    const email = uniqueEmail('expire');
    const { token } = await inviteUser(staff.currentUser, { email, role: 'national' }, { appUrl, now }, db);
    const eightDaysLater = new Date(now.getTime() + 8 * 86_400_000);
    expect((await errorOf(setPasswordWithToken(token, 'invitation', { password: 'phrase-assez-longue', confirmation: 'phrase-assez-longue' }, eightDaysLater, db)))?.code).toBe('not_found');
    const partner = await createUser(db, { role: 'partner', regionCodes: ['76'] });
    expect((await errorOf(inviteUser(partner.currentUser, { email: uniqueEmail('x'), role: 'national' }, { appUrl, now }, db)))?.code).toBe('forbidden');
    expect((await errorOf(inviteUser(null, { email: uniqueEmail('x'), role: 'national' }, { appUrl, now }, db)))?.code).toBe('unauthorized');
    const noRegion = await errorOf(inviteUser(staff.currentUser, { email: uniqueEmail('x'), role: 'partner', regionIds: [] }, { appUrl, now }, db));
    expect(noRegion?.fields).toEqual({ regionIds: 'Choisissez au moins une région pour un partenaire.' });
  });
});

describe('password reset', () => {
  it('sends a one-hour link to a known address only, says the same either way, and ends other sessions', async () => {
    const user = await createUser(db, { password: 'ancienne-phrase-de-passe' });
    const known = await requestPasswordReset(user.email, { appUrl, now }, db);
    const unknown = await requestPasswordReset(uniqueEmail('personne'), { appUrl, now }, db);
    expect(known).toEqual({ message: RESET_REQUESTED });
    expect(unknown).toEqual(known);
    const [mail] = await db.select().from(outboundEmails).where(and(eq(outboundEmails.to, user.email), eq(outboundEmails.kind, 'password_reset')));
    const token = tokenIn(mail.text, '/mot-de-passe');
    const late = new Date(now.getTime() + 61 * 60_000);
    expect((await errorOf(setPasswordWithToken(token, 'password_reset', { password: 'nouvelle-phrase-ok', confirmation: 'nouvelle-phrase-ok' }, late, db)))?.code).toBe('not_found');
    await setPasswordWithToken(token, 'password_reset', { password: 'nouvelle-phrase-ok', confirmation: 'nouvelle-phrase-ok' }, now, db);
    expect(await loadCurrentUser(user.id, 0, db)).toBeNull(); // the old session's version is stale
    expect((await authenticate({ email: user.email, password: 'nouvelle-phrase-ok' }, { now }, db)).sessionVersion).toBe(1);
    expect((await errorOf(setPasswordWithToken(token, 'password_reset', { password: 'encore-une-phrase', confirmation: 'encore-une-phrase' }, now, db)))?.code).toBe('not_found');
  });
});

async function regionIdsOf(codes: string[]) {
  const { regions } = await import('@/db/schema');
  const rows = await db.select().from(regions);
  return rows.filter((r) => codes.includes(r.code)).map((r) => r.id);
}
