// "Mot de passe oublié": a reset link valid RESET_HOURS hour, sent only to an active account that
// has a password; the answer is the same whether or not the address has an account.
import type { Database } from '@/db/connect';
import { findUserByEmail, insertUserToken } from '@/db/queries/users';
import { passwordResetEmail } from '@/lib/email/account-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { hit, type RateLimitRule } from '@/lib/rate-limit';
import { generateToken, hashToken } from '@/lib/tokens';
import { db as pool } from '@/db';

export const RESET_HOURS = 1;

export const RESET_REQUESTED =
  'Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il est valable 1 heure.';

export async function requestPasswordReset(email: string, ctx: { appUrl: string; now: Date; ip?: string | null }, db: Database = pool) {
  const address = String(email ?? '').trim().toLowerCase().slice(0, 254);
  const rule: RateLimitRule = { name: 'reset', max: 5, windowSeconds: 3600 };
  if (!(await hit(db, rule, address, ctx.now)) || (ctx.ip && !(await hit(db, { ...rule, name: 'reset:ip', max: 20 }, ctx.ip, ctx.now)))) {
    throw new AppError('rate_limited', 'Trop de demandes. Réessayez dans une heure.');
  }
  await db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, address);
    if (!user || !user.active || !user.passwordHash) return;
    const token = generateToken();
    const expiresAt = new Date(ctx.now.getTime() + RESET_HOURS * 3_600_000);
    await insertUserToken(tx, { tokenHash: hashToken(token), userId: user.id, kind: 'password_reset', expiresAt });
    await enqueueEmail(tx, passwordResetEmail({ to: user.email, url: `${ctx.appUrl}/mot-de-passe/${token}` }));
  });
  return { message: RESET_REQUESTED };
}
