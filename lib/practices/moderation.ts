// Moderation of the survey's answers by national staff: edit the wording, publish, ask the
// respondent for changes, decline, unpublish. Every step is audited in its transaction; the e-mails
// go through the outbox in that same transaction. Each transition is guarded in SQL (UPDATE …
// WHERE status IN (…)): of two staff acting at once on one answer, exactly one wins.
//
// Which status each step starts from:
// - publish: submitted or unpublished. Not from changes_requested: the respondent holds a link to
//   resubmit, which would overwrite a published text; staff wait for the new version (or decline).
// - ask for changes: submitted, or changes_requested again (a new message and a new link).
// - decline: submitted, changes_requested or unpublished.
// - unpublish: published only.
// - edit the wording: any status but draft and declined.
import { practiceChanged } from '@/lib/effects';
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import { transitionPractice, updatePracticeWording } from '@/db/queries/practice-moderation';
import type { Practice, PracticeStatus } from '@/db/schema';
import { changedFields, recordAudit } from '@/lib/audit';
import { practiceChangesEmail, practiceDeclinedEmail } from '@/lib/email/practice-moderation-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/events/manage/access';
import { mintPracticeLink, practiceLinkPath } from './links';
import { PRACTICE_STATUS_LABELS } from './model';
import { reachPractice, wordingColumns, wordingOf, type ModerationContext } from './moderation-access';
import { declineSchema, practiceWordingSchema, requestChangesSchema, unpublishSchema } from './moderation-schema';

export const TRANSITIONS = {
  publish: ['submitted', 'unpublished'],
  requestChanges: ['submitted', 'changes_requested'],
  decline: ['submitted', 'changes_requested', 'unpublished'],
  unpublish: ['published'],
  edit: ['submitted', 'changes_requested', 'published', 'unpublished'],
} as const satisfies Record<string, readonly PracticeStatus[]>;

export type ModerationStep = keyof typeof TRANSITIONS;

/** The steps open to an answer in this status (the buttons a moderator sees). */
export const stepsFrom = (status: PracticeStatus): ModerationStep[] =>
  (Object.keys(TRANSITIONS) as ModerationStep[]).filter((step) => (TRANSITIONS[step] as readonly PracticeStatus[]).includes(status));

function staleError(current: PracticeStatus | undefined) {
  return new AppError(
    'validation_failed',
    current
      ? `Cette réponse est désormais « ${PRACTICE_STATUS_LABELS[current]} » : cette action n’est plus possible. Rechargez la page.`
      : 'Cette réponse a changé entre-temps. Rechargez la page.',
  );
}

/**
 * One transition: the answer read within the user's regions, then moved in one guarded statement.
 * `then` runs in the same transaction once the transition has won (e-mails, links).
 */
async function transition(
  id: unknown,
  step: Exclude<ModerationStep, 'edit'>,
  ctx: ModerationContext,
  db: Database,
  set: (p: Practice) => Parameters<typeof transitionPractice>[3],
  audit: { action: string; extra?: Record<string, unknown> },
  then?: (tx: Executor, before: Practice, after: Practice) => Promise<void>,
) {
  return db.transaction(async (tx) => {
    const before = await reachPractice(tx, ctx.user, id, 'practices:moderate');
    const from = TRANSITIONS[step] as readonly PracticeStatus[];
    if (!from.includes(before.status)) throw staleError(before.status);
    const after = await transitionPractice(tx, before.id, [...from], set(before), ctx.now);
    if (!after) {
      const current = await reachPractice(tx, ctx.user, before.id, 'practices:moderate').catch(() => null);
      throw staleError(current?.status);
    }
    await recordAudit(tx, {
      userId: ctx.user!.id,
      entity: 'practice',
      entityId: before.id,
      action: audit.action,
      before: { status: before.status },
      after: { status: after.status, ...audit.extra },
    });
    await then?.(tx, before, after);
    // The meeting pages and the home page that show it are cached: they refresh at once.
    return { id: after.id, status: after.status, slug: after.slug, effects: [practiceChanged(after.id)] };
  });
}

/** Shows the answer in the public collection (publishedAt = now). */
export async function publishPractice(id: unknown, ctx: ModerationContext, db: Database = pool) {
  return transition(id, 'publish', ctx, db, () => ({ status: 'published', publishedAt: ctx.now }), { action: 'publish' });
}

/**
 * Sends the answer back to the respondent: a new private link (older e-mails' links keep working)
 * and the staff's message, by e-mail.
 */
export async function requestPracticeChanges(id: unknown, input: unknown, ctx: ModerationContext, db: Database = pool) {
  const { message } = parseInput(requestChangesSchema, input);
  return transition(
    id,
    'requestChanges',
    ctx,
    db,
    () => ({ status: 'changes_requested', moderatorMessage: message }),
    { action: 'request_changes', extra: { moderatorMessage: message } },
    async (tx, practice) => {
      const token = await mintPracticeLink(tx, practice.id);
      await enqueueEmail(
        tx,
        practiceChangesEmail({
          to: practice.respondentEmail,
          respondentName: practice.respondentName,
          practiceTitle: practice.title,
          message,
          url: `${ctx.appUrl}${practiceLinkPath(token)}`,
        }),
      );
    },
  );
}

/** Declines the answer for good, with a reason e-mailed to the respondent. */
export async function declinePractice(id: unknown, input: unknown, ctx: ModerationContext, db: Database = pool) {
  const { message } = parseInput(declineSchema, input);
  return transition(
    id,
    'decline',
    ctx,
    db,
    () => ({ status: 'declined', declineReason: message }),
    { action: 'decline', extra: { declineReason: message } },
    async (tx, practice) => {
      await enqueueEmail(
        tx,
        practiceDeclinedEmail({ to: practice.respondentEmail, respondentName: practice.respondentName, practiceTitle: practice.title, message }),
      );
    },
  );
}

/** Takes a published practice out of the collection; the reason is kept in the audit log. */
export async function unpublishPractice(id: unknown, input: unknown, ctx: ModerationContext, db: Database = pool) {
  const { message } = parseInput(unpublishSchema, input);
  return transition(id, 'unpublish', ctx, db, () => ({ status: 'unpublished' }), { action: 'withdraw', extra: { reason: message } });
}

/** Moderation's wording of the answer (the respondent's own stays in `original`). */
export async function editPracticeWording(id: unknown, input: unknown, ctx: ModerationContext, db: Database = pool) {
  const parsed = parseInput(practiceWordingSchema, input);
  return db.transaction(async (tx) => {
    const before = await reachPractice(tx, ctx.user, id, 'practices:moderate');
    const from = TRANSITIONS.edit as readonly PracticeStatus[];
    if (!from.includes(before.status)) throw staleError(before.status);
    const values = await wordingColumns(tx, parsed);
    const old = wordingOf(before);
    if (Object.keys(changedFields(old, values)).length === 0) return { changed: false };
    const after = await updatePracticeWording(tx, before.id, [...from], values, ctx.now);
    if (!after) throw staleError(undefined);
    await recordAudit(tx, { userId: ctx.user!.id, entity: 'practice', entityId: before.id, action: 'update', before: old, after: wordingOf(after) });
    return { changed: true, effects: [practiceChanged(before.id)] };
  });
}
