// Accounts: sign-in with throttling, invitations, password resets. Links are random, stored
// hashed, usable once.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/connect';
import {
  bumpSessionVersion,
  clearRateLimit,
  consumeUserToken,
  findRegionNames,
  findUsableUserToken,
  findUserByEmail,
  findUserById,
  findUserRegionIds,
} from '@/db/queries/users';
import { partnerRegions, regions, users, userTokens } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { invitationEmail, passwordResetEmail } from '@/lib/email/account-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { hit, unhit, type RateLimitRule } from '@/lib/rate-limit';
import { generateToken, hashToken, isWellFormedToken } from '@/lib/tokens';
import { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from './password';
import { assertCan, type CurrentUser } from './permissions';

export const INVITATION_DAYS = 7;
export const RESET_HOURS = 1;

/**
 * Sign-in limits (README, "Comptes"). Every attempt is counted before the password is checked, so
 * a burst of parallel attempts gets at most `max` checks; a successful one is taken back. The tight
 * limit is per account and client address, so a stranger who knows an address cannot lock its
 * owner out; a slower one per account caps guessing spread over many addresses.
 */
function signInRules() {
  const max = Number(process.env.SIGNIN_MAX_FAILURES) > 0 ? Number(process.env.SIGNIN_MAX_FAILURES) : 5;
  return {
    pair: { name: 'signin:pair', max, windowSeconds: 15 * 60 } satisfies RateLimitRule,
    account: { name: 'signin:account', max: max * 10, windowSeconds: 3600 } satisfies RateLimitRule,
    ip: { name: 'signin:ip', max, windowSeconds: 15 * 60 } satisfies RateLimitRule,
  };
}

export const SIGN_IN_FAILED = 'Adresse e-mail ou mot de passe incorrect.';
export const SIGN_IN_THROTTLED = 'Trop de tentatives de connexion. Pour votre sécurité, réessayez dans 15 minutes.';

/** Checks a password. The answer is the same for an unknown address and a wrong password. */
export async function authenticate(db: Database, input: { email: string; password: string }, ctx: { ip?: string | null; now: Date }) {
  const email = String(input.email ?? '').trim().toLowerCase().slice(0, 254);
  const password = String(input.password ?? '').slice(0, 1024);
  const rules = signInRules();
  const pair = `${email}|${ctx.ip ?? '?'}`;
  // Each hit is an atomic increment: counted first, checked after. An attempt refused by a tighter
  // rule does not count against the wider ones.
  const allowed =
    (await hit(db, rules.pair, pair, ctx.now)) &&
    (await hit(db, rules.account, email, ctx.now)) &&
    (!ctx.ip || (await hit(db, rules.ip, ctx.ip, ctx.now)));
  if (!allowed) throw new AppError('rate_limited', SIGN_IN_THROTTLED);
  const user = email ? await findUserByEmail(db, email) : null;
  const ok = await verifyPassword(password, user?.active ? user.passwordHash : null);
  if (!ok || !user) throw new AppError('unauthorized', SIGN_IN_FAILED);
  await clearRateLimit(db, `${rules.pair.name}:${pair}`);
  await unhit(db, rules.account, email, ctx.now);
  if (ctx.ip) await unhit(db, rules.ip, ctx.ip, ctx.now);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

/** Signing out ends, server-side, every session of the account opened before: the cookie alone is not enough. */
export async function endSessions(db: Database, userId: string, sessionVersion: number) {
  await bumpSessionVersion(db, userId, sessionVersion);
}

/** The signed-in user, if their account is still active and their session still current. */
export async function loadCurrentUser(db: Database, userId: string, sessionVersion: number): Promise<CurrentUser | null> {
  const user = await findUserById(db, userId);
  if (!user || !user.active || user.sessionVersion !== sessionVersion || !user.passwordHash) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, regionIds: await findUserRegionIds(db, user.id) };
}

export const invitationSchema = z
  .object({
    email: z.string().trim().max(254).pipe(z.email({ error: 'Indiquez une adresse e-mail valide.' })),
    name: z.string().trim().max(120, { error: 'Nom : 120 caractères au plus.' }).default(''),
    role: z.enum(['national', 'partner'], { error: 'Choisissez un rôle.' }),
    regionIds: z.array(z.coerce.number().int().positive()).default([]),
  })
  .refine((v) => v.role === 'national' || v.regionIds.length > 0, {
    path: ['regionIds'],
    error: 'Choisissez au moins une région pour un partenaire.',
  });

/** National staff invite a partner (with regions) or another national account. */
export async function inviteUser(db: Database, actor: CurrentUser | null, input: unknown, ctx: { appUrl: string; now: Date }) {
  assertCan(actor, 'accounts:manage');
  const parsed = invitationSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join('.') || 'form'] ??= issue.message;
    throw new AppError('validation_failed', 'Certaines informations sont à corriger.', fields);
  }
  const data = parsed.data;
  return db.transaction(async (tx) => {
    const known = await tx.select({ id: regions.id }).from(regions).where(inArray(regions.id, data.regionIds.length ? data.regionIds : [-1]));
    if (known.length !== new Set(data.regionIds).size) throw new AppError('validation_failed', 'Région inconnue.', { regionIds: 'Région inconnue.' });
    let user = await findUserByEmail(tx, data.email);
    if (user?.passwordHash) throw new AppError('validation_failed', 'Un compte existe déjà pour cette adresse.', { email: 'Un compte existe déjà pour cette adresse.' });
    const regionIds = data.role === 'partner' ? [...new Set(data.regionIds)] : [];
    if (!user) {
      [user] = await tx.insert(users).values({ email: data.email, name: data.name, role: data.role }).returning();
    } else {
      await tx.update(users).set({ name: data.name, role: data.role, active: true, updatedAt: ctx.now }).where(eq(users.id, user.id));
      await tx.delete(partnerRegions).where(eq(partnerRegions.userId, user.id));
    }
    if (regionIds.length) await tx.insert(partnerRegions).values(regionIds.map((regionId) => ({ userId: user!.id, regionId })));
    const token = generateToken();
    await tx.insert(userTokens).values({
      tokenHash: hashToken(token),
      userId: user.id,
      kind: 'invitation',
      expiresAt: new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000),
    });
    const regionNames = await findRegionNames(tx, regionIds);
    await enqueueEmail(tx, invitationEmail({ to: data.email, name: data.name, role: data.role, regions: regionNames, url: `${ctx.appUrl}/invitation/${token}` }));
    await recordAudit(tx, {
      userId: actor.id,
      entity: 'user',
      entityId: user.id,
      action: 'invite',
      after: { email: data.email, name: data.name, role: data.role, regionIds },
    });
    return { userId: user.id, token };
  });
}

export const passwordSchema = z
  .string({ error: 'Choisissez un mot de passe.' })
  .min(PASSWORD_MIN_LENGTH, { error: `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.` })
  .max(200, { error: 'Le mot de passe doit compter au plus 200 caractères.' });

function checkPassword(password: unknown, confirmation: unknown): string {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues[0].message, { password: parsed.error.issues[0].message });
  if (password !== confirmation) {
    throw new AppError('validation_failed', 'Les deux mots de passe ne sont pas identiques.', { confirmation: 'Les deux mots de passe ne sont pas identiques.' });
  }
  return parsed.data;
}

const INVALID_LINK = "Ce lien n'est plus valide : il a déjà servi ou il a expiré. Demandez un nouveau lien.";

/** Who a usable link belongs to (to greet them), or null. */
export async function inspectUserToken(db: Database, token: string, kind: 'invitation' | 'password_reset', now: Date) {
  if (!isWellFormedToken(token)) return null;
  return findUsableUserToken(db, hashToken(token), kind, now);
}

/** Sets the password from an invitation or a reset link; the link works once, and other sessions end. */
export async function setPasswordWithToken(
  db: Database,
  token: string,
  kind: 'invitation' | 'password_reset',
  input: { password: unknown; confirmation: unknown },
  now: Date,
) {
  const password = checkPassword(input.password, input.confirmation);
  if (!isWellFormedToken(token)) throw new AppError('not_found', INVALID_LINK);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const userId = await consumeUserToken(tx, hashToken(token), kind, now);
    if (!userId) throw new AppError('not_found', INVALID_LINK);
    const [user] = await tx
      .update(users)
      .set({ passwordHash, active: true, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, userId))
      .returning({ id: users.id, email: users.email });
    // The other links of the same kind are spent too.
    await tx
      .update(userTokens)
      .set({ usedAt: now })
      .where(and(eq(userTokens.userId, userId), eq(userTokens.kind, kind), sql`${userTokens.usedAt} IS NULL`));
    await recordAudit(tx, { userId, entity: 'user', entityId: userId, action: kind === 'invitation' ? 'accept_invitation' : 'reset_password' });
    return user;
  });
}

export const RESET_REQUESTED =
  'Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable 1 heure.';

export async function requestPasswordReset(db: Database, email: string, ctx: { appUrl: string; now: Date; ip?: string | null }) {
  const address = String(email ?? '').trim().toLowerCase().slice(0, 254);
  const rule: RateLimitRule = { name: 'reset', max: 5, windowSeconds: 3600 };
  if (!(await hit(db, rule, address, ctx.now)) || (ctx.ip && !(await hit(db, { ...rule, name: 'reset:ip', max: 20 }, ctx.ip, ctx.now)))) {
    throw new AppError('rate_limited', 'Trop de demandes. Réessayez dans une heure.');
  }
  await db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, address);
    if (!user || !user.active || !user.passwordHash) return;
    const token = generateToken();
    await tx.insert(userTokens).values({
      tokenHash: hashToken(token),
      userId: user.id,
      kind: 'password_reset',
      expiresAt: new Date(ctx.now.getTime() + RESET_HOURS * 3_600_000),
    });
    await enqueueEmail(tx, passwordResetEmail({ to: user.email, url: `${ctx.appUrl}/mot-de-passe/${token}` }));
  });
  return { message: RESET_REQUESTED };
}
