// Comments of partners and staff on an answer of their regions (never shown to the public), and a
// practice proposed by a partner for one of their regions: it enters the queue as submitted.
import { randomUUID } from 'node:crypto';
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import { insertPracticeComment, insertProposedPractice, slugTaken } from '@/db/queries/practice-moderation';
import type { PracticeOriginal } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { assertCan, canReachRegion } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/events/manage/access';
import { slugify } from '@/lib/slug';
import { reachPractice, wordingColumns, type ModerationContext } from './moderation-access';
import { commentSchema } from './moderation-schema';
import { proposalSchema } from './proposal-schema';

export async function commentPractice(id: unknown, input: unknown, ctx: Omit<ModerationContext, 'appUrl'>, db: Database = pool) {
  const { body } = parseInput(commentSchema, input);
  return db.transaction(async (tx) => {
    const practice = await reachPractice(tx, ctx.user, id, 'practices:review');
    const comment = await insertPracticeComment(tx, { practiceId: practice.id, userId: ctx.user!.id, body, createdAt: ctx.now });
    await recordAudit(tx, { userId: ctx.user!.id, entity: 'practice', entityId: practice.id, action: 'comment', after: { comment: body } });
    return { id: comment.id };
  });
}

/** A slug from the title, free in the table (a random suffix on a clash). */
async function freeSlug(tx: Executor, title: string) {
  const base = slugify(title).slice(0, 60).replace(/-+$/, '') || 'pratique';
  let candidate = base;
  while (await slugTaken(tx, candidate)) candidate = `${base}-${randomUUID().slice(0, 6)}`;
  return candidate;
}

/** A partner (or staff) proposes a practice of one of their regions; it waits for moderation. */
export async function proposePractice(input: unknown, ctx: Omit<ModerationContext, 'appUrl'>, db: Database = pool) {
  assertCan(ctx.user, 'practices:review');
  const parsed = parseInput(proposalSchema, input);
  const user = ctx.user;
  return db.transaction(async (tx) => {
    const wording = await wordingColumns(tx, parsed);
    if (!canReachRegion(user, wording.regionId!)) {
      throw new AppError('forbidden', 'Vous ne pouvez proposer une pratique que dans l’une de vos régions.', { regionCode: 'Choisissez une de vos régions.' });
    }
    const original = Object.fromEntries(Object.entries(wording).map(([k, v]) => [k, v ?? null])) as PracticeOriginal;
    const row = await insertProposedPractice(tx, {
      ...wording,
      slug: await freeSlug(tx, parsed.title),
      status: 'submitted',
      origin: 'partner',
      proposedBy: user.id,
      respondentName: parsed.respondentName,
      respondentOrganisation: parsed.respondentOrganisation,
      respondentOrganisationType: parsed.respondentOrganisationType,
      respondentRole: parsed.respondentRole,
      respondentEmail: parsed.respondentEmail,
      consentPublicationAt: ctx.now,
      consentContactAt: parsed.consentContact ? ctx.now : null,
      submittedAt: ctx.now,
      original,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, {
      userId: user.id,
      entity: 'practice',
      entityId: row.id,
      action: 'propose',
      after: { status: 'submitted', title: parsed.title, regionId: wording.regionId, origin: 'partner' },
    });
    return { id: row.id };
  });
}
