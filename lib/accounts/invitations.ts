// Invitations: national staff open an account for a partner (with regions) or a national staff
// member; the e-mail carries a link, valid INVITATION_DAYS days and usable once, to choose a
// password. A new link can be sent while the account was never activated.
import { z } from 'zod';
import type { Database, Executor } from '@/db/connect';
import { findKnownRegionIds, findRegionIdsOf, replaceRegionsOf, spendUserTokens } from '@/db/queries/accounts';
import { findRegionNames, findUserByEmail, insertUser, insertUserToken, reinviteUser } from '@/db/queries/users';
import type { UserRole } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { assertCan, hasRegionList, ROLES, type CurrentUser } from '@/lib/auth/permissions';
import { invitationEmail } from '@/lib/email/account-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { generateToken, hashToken } from '@/lib/tokens';
import { changeAccount, type AccountChange } from './manage';
import { db as pool } from '@/db';

export const INVITATION_DAYS = 7;

export const invitationSchema = z
  .object({
    email: z.string().trim().max(254).pipe(z.email({ error: 'Indiquez une adresse e-mail valide.' })),
    name: z.string().trim().max(120, { error: 'Nom : 120 caractères au plus.' }).default(''),
    role: z.enum(ROLES as [UserRole, ...UserRole[]], { error: 'Choisissez un rôle.' }),
    regionIds: z.array(z.coerce.number().int().positive()).default([]),
  })
  .refine((v) => !hasRegionList(v.role) || v.regionIds.length > 0, {
    path: ['regionIds'],
    error: 'Choisissez au moins une région pour un partenaire.',
  });

/** A fresh invitation link for the account, and its e-mail queued in the same transaction. */
async function sendInvitationLink(
  tx: Executor,
  account: { id: string; email: string; name: string; role: UserRole },
  regionIds: number[],
  ctx: { appUrl: string; now: Date },
) {
  const token = generateToken();
  const expiresAt = new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000);
  await insertUserToken(tx, { tokenHash: hashToken(token), userId: account.id, kind: 'invitation', expiresAt });
  const regions = await findRegionNames(tx, regionIds);
  const url = `${ctx.appUrl}/invitation/${token}`;
  await enqueueEmail(tx, invitationEmail({ to: account.email, name: account.name, role: account.role, regions, url }));
  return { token, expiresAt };
}

/** National staff invite a partner (with regions) or another national account. */
export async function inviteUser(actor: CurrentUser | null, input: unknown, ctx: { appUrl: string; now: Date }, db: Database = pool) {
  assertCan(actor, 'accounts:manage');
  const parsed = invitationSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join('.') || 'form'] ??= issue.message;
    throw new AppError('validation_failed', 'Certaines informations sont à corriger.', fields);
  }
  const data = parsed.data;
  return db.transaction(async (tx) => {
    const wanted = [...new Set(data.regionIds)];
    if ((await findKnownRegionIds(tx, wanted)).length !== wanted.length) {
      throw new AppError('validation_failed', 'Région inconnue.', { regionIds: 'Région inconnue.' });
    }
    let user = await findUserByEmail(tx, data.email);
    if (user?.passwordHash) throw new AppError('validation_failed', 'Un compte existe déjà pour cette adresse.', { email: 'Un compte existe déjà pour cette adresse.' });
    const regionIds = hasRegionList(data.role) ? wanted : [];
    if (!user) {
      user = await insertUser(tx, { email: data.email, name: data.name, role: data.role });
    } else {
      await reinviteUser(tx, user.id, { name: data.name, role: data.role }, ctx.now);
    }
    await replaceRegionsOf(tx, user.id, regionIds);
    const { token } = await sendInvitationLink(tx, { id: user.id, email: data.email, name: data.name, role: data.role }, regionIds, ctx);
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

/**
 * A new invitation link (valid INVITATION_DAYS days) for an active account that never set its
 * password; the links sent before are spent, so only the newest e-mail works.
 */
export async function resendInvitation(
  actor: CurrentUser | null,
  userId: unknown,
  ctx: { appUrl: string; now: Date },
  db: Database = pool,
): Promise<AccountChange & { expiresAt: Date }> {
  return changeAccount(db, actor, userId, async (tx, target, actor) => {
    if (target.passwordHash) {
      throw new AppError(
        'validation_failed',
        'Ce compte est déjà activé : son titulaire peut choisir un nouveau mot de passe depuis la page de connexion (« Mot de passe oublié »).',
      );
    }
    if (!target.active) throw new AppError('validation_failed', 'Ce compte est désactivé : réactivez-le avant de renvoyer l’invitation.');
    const spent = await spendUserTokens(tx, target.id, ctx.now, 'invitation');
    const previous = spent.reduce<Date | null>((latest, t) => (latest && latest > t.expiresAt ? latest : t.expiresAt), null);
    const regionIds = hasRegionList(target.role) ? await findRegionIdsOf(tx, target.id) : [];
    const { expiresAt } = await sendInvitationLink(tx, target, regionIds, ctx);
    await recordAudit(tx, {
      userId: actor.id,
      entity: 'user',
      entityId: target.id,
      action: 'resend_invitation',
      before: { invitationExpiresAt: previous },
      after: { invitationExpiresAt: expiresAt },
    });
    return { userId: target.id, email: target.email, changed: true, expiresAt };
  });
}
