// Signing in with an address and a password, throttled per account and client address.
import type { Executor } from '@/db/connect';
import { clearRateLimit, findUserByEmail } from '@/db/queries/users';
import { verifyPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { hit, unhit, type RateLimitRule } from '@/lib/rate-limit';
import { db as pool } from '@/db';

/**
 * Sign-in limits (docs/features.md). Every attempt is counted before the password is checked, so
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
export async function authenticate(input: { email: string; password: string }, ctx: { ip?: string | null; now: Date }, db: Executor = pool) {
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
