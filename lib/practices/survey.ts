// The national survey: a new answer (kept as a draft or submitted at once, by the form or the API),
// the respondent's private page, saving it again and (re)submitting it. Each write is one
// transaction with its audit entry and, when it sends one, its e-mail (the outbox).
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findPracticeByLink } from '@/db/queries/practice-links';
import {
  claimPracticeSlug,
  findRegionByCode,
  findRegionById,
  insertPracticeAnswer,
  lockPractice,
  updatePracticeAnswer,
} from '@/db/queries/practice-survey';
import type { Practice, PracticeOrigin } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { enqueueEmail } from '@/lib/email/outbox';
import { surveyDraftEmail, surveySubmittedEmail } from '@/lib/email/survey-emails';
import { AppError } from '@/lib/errors';
import { fieldErrors } from '@/lib/registrations/schema';
import { slugify } from '@/lib/slug';
import { hashToken } from '@/lib/tokens';
import { mintPracticeLink, practiceLinkPath } from './links';
import { getTourSettings, isSurveyOpen } from './settings';
import { assertSurveyWritable, surveyClosedError } from './survey-window';
import { answerColumns, consentTime, formValuesOf, originalOf } from './survey-values';
import { surveySchema, type SurveyFormValues, type SurveyInput } from './survey-schema';

export type SurveyContext = { now: Date; appUrl: string; ip: string | null };

export type SurveyResult = { id: string; status: 'draft' | 'submitted'; email: string; token: string; url: string };

export const INVALID_SURVEY_MESSAGE = 'Certaines réponses sont à compléter ou à corriger.';
const UNKNOWN_LINK = 'Ce lien ne correspond à aucune réponse à l’enquête. Vérifiez l’adresse reçue par e-mail.';

/** Parses an answer; `intent` forced by the API (which always submits). */
export function parseSurvey(input: unknown, intent?: 'submit'): SurveyInput {
  let parsed;
  try {
    const value = intent && input && typeof input === 'object' ? { ...input, intent } : input;
    parsed = surveySchema.safeParse(value);
  } catch {
    parsed = null;
  }
  if (!parsed?.success) throw new AppError('validation_failed', INVALID_SURVEY_MESSAGE, parsed ? fieldErrors(parsed.error) : undefined);
  return parsed.data;
}

async function regionIdOf(db: Executor, input: SurveyInput): Promise<number | null> {
  if (!input.regionCode) return null;
  const region = await findRegionByCode(db, input.regionCode);
  if (!region) throw new AppError('validation_failed', INVALID_SURVEY_MESSAGE, { regionCode: 'Choisissez une région de la liste.' });
  return region.id;
}

/** A new answer from /enquete (origin survey) or POST /api/practices (origin api, always submitted). */
export async function startSurveyAnswer(input: unknown, ctx: SurveyContext & { origin?: PracticeOrigin }, db = pool): Promise<SurveyResult> {
  const origin = ctx.origin ?? 'survey';
  const answer = parseSurvey(input, origin === 'api' ? 'submit' : undefined);
  const window = (await getTourSettings(db)).survey;
  if (!isSurveyOpen(window, ctx.now)) throw surveyClosedError(window, ctx.now);
  await assertSurveyWritable(db, answer.email, ctx);
  const regionId = await regionIdOf(db, answer);
  const submit = answer.intent === 'submit';
  return db.transaction(async (tx) => {
    const columns = answerColumns(answer, regionId);
    const row = await insertPracticeAnswer(tx, {
      ...columns,
      status: submit ? 'submitted' : 'draft',
      origin,
      slug: submit ? await claimPracticeSlug(tx, slugBase(answer.title)) : null,
      consentPublicationAt: consentTime(answer.consentPublication, null, ctx.now),
      consentContactAt: consentTime(answer.consentContact, null, ctx.now),
      original: submit ? originalOf(columns) : null,
      submittedAt: submit ? ctx.now : null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, { userId: null, entity: 'practice', entityId: row.id, action: submit ? 'submit' : 'save_draft', after: auditView(row) });
    return finish(tx, row, ctx, { again: false });
  });
}

/** The answer a private link opens, or a 404. */
export async function findSurveyAnswer(token: string, db: Executor = pool): Promise<Practice> {
  const practice = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findPracticeByLink(db, hashToken(token)) : null;
  if (!practice) throw new AppError('not_found', UNKNOWN_LINK);
  return practice;
}

export type SurveyAnswerView = {
  status: Practice['status'];
  /** The respondent may still change it (a draft, or changes asked by moderation). */
  editable: boolean;
  values: SurveyFormValues;
  title: string;
  slug: string | null;
  moderatorMessage: string;
  declineReason: string;
  submittedAt: Date | null;
  surveyOpen: boolean;
};

/** The respondent's page: where their answer stands, and their version to edit while they may. */
export async function getSurveyAnswer(token: string, ctx: { now: Date }, db: Executor = pool): Promise<SurveyAnswerView> {
  const practice = await findSurveyAnswer(token, db);
  const codes = new Map<number, string>();
  const source = practice.original ?? practice;
  const regionId = typeof source.regionId === 'number' ? source.regionId : null;
  if (regionId !== null) codes.set(regionId, (await findRegionById(db, regionId))?.code ?? '');
  const window = (await getTourSettings(db)).survey;
  return {
    status: practice.status,
    editable: isEditable(practice, isSurveyOpen(window, ctx.now)),
    values: formValuesOf(practice, (id) => codes.get(id) ?? ''),
    title: practice.title,
    slug: practice.slug,
    moderatorMessage: practice.moderatorMessage,
    declineReason: practice.declineReason,
    submittedAt: practice.submittedAt,
    surveyOpen: isSurveyOpen(window, ctx.now),
  };
}

/** A draft while the survey is open; an answer moderation sent back, whenever (they asked for it). */
function isEditable(practice: Practice, surveyOpen: boolean): boolean {
  return practice.status === 'changes_requested' || (practice.status === 'draft' && surveyOpen);
}

/** Saving again through the private link: the draft kept, or the answer (re)submitted. */
export async function saveSurveyAnswer(token: string, input: unknown, ctx: SurveyContext, db = pool): Promise<SurveyResult> {
  const answer = parseSurvey(input);
  const found = await findSurveyAnswer(token, db);
  const window = (await getTourSettings(db)).survey;
  const open = isSurveyOpen(window, ctx.now);
  if (found.status === 'draft' && !open) throw surveyClosedError(window, ctx.now);
  await assertSurveyWritable(db, answer.email, ctx);
  const regionId = await regionIdOf(db, answer);
  return db.transaction(async (tx) => {
    const before = await lockPractice(tx, found.id);
    if (!before || !isEditable(before, open)) throw notEditable(before);
    if (before.status === 'changes_requested' && answer.intent !== 'submit') {
      throw new AppError('validation_failed', 'Une réponse renvoyée pour modification ne se garde pas en brouillon : envoyez-la quand elle est prête.');
    }
    const submit = answer.intent === 'submit';
    const columns = answerColumns(answer, regionId);
    const row = await updatePracticeAnswer(tx, before.id, {
      ...columns,
      ...(submit ? { status: 'submitted' as const, submittedAt: ctx.now, original: originalOf(columns) } : {}),
      slug: before.slug ?? (submit ? await claimPracticeSlug(tx, slugBase(answer.title)) : null),
      consentPublicationAt: consentTime(answer.consentPublication, before.consentPublicationAt, ctx.now),
      consentContactAt: consentTime(answer.consentContact, before.consentContactAt, ctx.now),
      updatedAt: ctx.now,
    });
    const action = !submit ? 'save_draft' : before.status === 'changes_requested' ? 'resubmit' : 'submit';
    await recordAudit(tx, { userId: null, entity: 'practice', entityId: row.id, action, before: auditView(before), after: auditView(row) });
    if (!submit) return { id: row.id, status: 'draft', email: row.respondentEmail, token, url: `${ctx.appUrl}${practiceLinkPath(token)}` };
    return finish(tx, row, ctx, { again: before.status === 'changes_requested' });
  });
}

function notEditable(practice: Practice | null) {
  if (!practice) return new AppError('not_found', UNKNOWN_LINK);
  return new AppError('forbidden', 'Cette réponse a déjà été envoyée : elle ne peut plus être modifiée ici.');
}

/** A new private link and its e-mail: the draft's link, or the confirmation of the submission. */
async function finish(tx: Executor, row: Practice, ctx: SurveyContext, { again }: { again: boolean }): Promise<SurveyResult> {
  const token = await mintPracticeLink(tx, row.id);
  const url = `${ctx.appUrl}${practiceLinkPath(token)}`;
  const data = { to: row.respondentEmail, name: row.respondentName, title: row.title, url, now: ctx.now };
  await enqueueEmail(tx, row.status === 'draft' ? surveyDraftEmail(data) : surveySubmittedEmail({ ...data, again }));
  return { id: row.id, status: row.status === 'draft' ? 'draft' : 'submitted', email: row.respondentEmail, token, url };
}

/** The slug's base: the title's words, short enough to leave room for a suffix (-2, -3…). */
function slugBase(title: string): string {
  return slugify(title).slice(0, 72).replace(/-+$/g, '') || 'pratique';
}

/** What the audit trail keeps of an answer: its state and the respondent's fields. */
function auditView(p: Practice): Record<string, unknown> {
  const { search: _search, original: _original, createdAt: _c, updatedAt: _u, ...rest } = p;
  return rest;
}
