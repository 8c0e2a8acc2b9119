// Choosing a password through a link: an invitation's (activates the account) or a reset's. Links
// are random, stored hashed, usable once; setting the password ends every other session.
import { z } from 'zod';
import type { Database, Executor } from '@/db/connect';
import { spendUserTokens } from '@/db/queries/accounts';
import { consumeUserToken, findUsableUserToken, setUserPassword } from '@/db/queries/users';
import { recordAudit } from '@/lib/audit';
import { hashPassword, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { hashToken, isWellFormedToken } from '@/lib/tokens';
import { db as pool } from '@/db';

export type AccountLinkKind = 'invitation' | 'password_reset';

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
export async function inspectUserToken(token: string, kind: AccountLinkKind, now: Date, db: Executor = pool) {
  if (!isWellFormedToken(token)) return null;
  return findUsableUserToken(db, hashToken(token), kind, now);
}

/** Sets the password from an invitation or a reset link; the link works once, and other sessions end. */
export async function setPasswordWithToken(
  token: string,
  kind: AccountLinkKind,
  input: { password: unknown; confirmation: unknown },
  now: Date,
  db: Database = pool,
) {
  const password = checkPassword(input.password, input.confirmation);
  if (!isWellFormedToken(token)) throw new AppError('not_found', INVALID_LINK);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const userId = await consumeUserToken(tx, hashToken(token), kind, now);
    if (!userId) throw new AppError('not_found', INVALID_LINK);
    const user = await setUserPassword(tx, userId, passwordHash, now);
    // The other links of the same kind are spent too.
    await spendUserTokens(tx, userId, now, kind);
    await recordAudit(tx, { userId, entity: 'user', entityId: userId, action: kind === 'invitation' ? 'accept_invitation' : 'reset_password' });
    return user;
  });
}
