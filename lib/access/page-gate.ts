// The page gate: decides, before a page's response starts, whether it answers at all. Pages stream
// their content inside Suspense boundaries, so a refusal decided there could only ever show the
// French 404 under an HTTP 200; deciding here gives the status too (docs/architecture.md, "HTTP statuses").
// Every check calls the same use case or permission the page calls: the gate is for the status,
// the page's use case stays the authority.
import { db } from '@/db';
import { inspectUserToken } from '@/lib/accounts/set-password';
import { loadCurrentUser } from '@/lib/accounts/sessions';
import { can, type CurrentUser } from '@/lib/auth/permissions';
import { verifyCheckInCode } from '@/lib/checkin/signed-link';
import { getCheckInRegistration } from '@/lib/checkin/check-in';
import { isDatabaseReachable } from '@/lib/db-health';
import { outboxPageEnabled } from '@/lib/email/outbox-view';
import { AppError, isDatabaseUnavailable } from '@/lib/errors';
import { reachEvent } from '@/lib/events/manage/access';
import { isPublishedPractice } from '@/lib/practices/public';
import { findSurveyAnswer } from '@/lib/practices/survey';
import { reachPracticeForGate as getModerationPractice } from '@/lib/practices/moderation-access';
import { assertManageLink } from '@/lib/registrations/manage';
import { needsAccount, type GatedPage } from './page-routes';

export type GateDecision = 'pass' | 'sign-in' | 'not-found' | 'unavailable';

export type GateSession = Record<string, unknown> | null;

async function currentUser(session: GateSession): Promise<CurrentUser | null> {
  if (!session || typeof session.uid !== 'string' || typeof session.sv !== 'number') return null;
  return loadCurrentUser(session.uid, session.sv);
}

/** Runs a use case's check: its not_found or forbidden refusal is a 404. */
async function allowedBy(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden' || error.code === 'unauthorized')) return false;
    throw error;
  }
}

async function decideWithDatabase(page: GatedPage, session: GateSession, now: Date): Promise<GateDecision> {
  if (page.check === 'outbox-page') return outboxPageEnabled() ? 'pass' : 'not-found';
  if (page.check === 'public-event') return publicPageDecision(page.path);
  if (page.check === 'public-practice') return (await isPublishedPractice(page.slug)) ? 'pass' : 'not-found';
  if (page.check === 'manage-link') return (await allowedBy(() => assertManageLink(page.token))) ? 'pass' : 'not-found';
  if (page.check === 'survey-link') return (await allowedBy(() => findSurveyAnswer(page.token))) ? 'pass' : 'not-found';
  if (page.check === 'account-link') return (await inspectUserToken(page.token, page.kind, now)) ? 'pass' : 'not-found';
  if (!needsAccount(page)) return 'pass';
  const user = await currentUser(session);
  if (!user) return 'sign-in';
  switch (page.check) {
    case 'national':
      return can(user, 'console:open') ? 'pass' : 'not-found';
    case 'signed-in':
      return 'pass';
    case 'event':
      return (await allowedBy(() => reachEvent(db, user, page.eventId, 'events:read'))) ? 'pass' : 'not-found';
    case 'practice':
      if (page.console && !can(user, 'console:open')) return 'not-found';
      return (await allowedBy(() => getModerationPractice(user, page.practiceId, db))) ? 'pass' : 'not-found';
    case 'check-in': {
      const registrationId = verifyCheckInCode(page.code);
      return registrationId && (await allowedBy(() => getCheckInRegistration(registrationId, { user }))) ? 'pass' : 'not-found';
    }
  }
}

/** The gate's answer for a GET of `page`; a database that cannot be reached is a 503. */
export async function decidePage(page: GatedPage, session: GateSession, now = new Date()): Promise<GateDecision> {
  try {
    return await decideWithDatabase(page, session, now);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return 'unavailable';
    throw error;
  }
}

// Public event pages are served from the cache, which keeps them readable through an outage.
// One that was not asked for since the process started cannot be in its cache: rendering it needs
// the database, so the database is asked first (one trivial query, shared by requests arriving
// together); while it is down, the page answers 503 at once instead of failing mid-stream.
const SEEN_LIMIT = 5000;
const seenPaths = new Set<string>();
let probe: Promise<boolean> | null = null;

function databaseUp(): Promise<boolean> {
  probe ??= isDatabaseReachable(1500).finally(() => {
    probe = null;
  });
  return probe;
}

async function publicPageDecision(path: string): Promise<GateDecision> {
  if (seenPaths.has(path)) return 'pass';
  if (!(await databaseUp())) return 'unavailable';
  if (seenPaths.size >= SEEN_LIMIT) seenPaths.clear();
  seenPaths.add(path);
  return 'pass';
}
