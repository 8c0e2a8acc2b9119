// When the survey takes answers, how that is said in French (Europe/Paris), and the rate limits of
// its writes (the form's actions and the API share them).
import type { Executor } from '@/db/connect';
import { AppError } from '@/lib/errors';
import { envNumber, hit, rateLimitedError, type RateLimitRule } from '@/lib/rate-limit';
import { formatDateTime } from '@/lib/time';
import type { SurveyWindow } from './settings';

/** Writes of the survey (new answer, draft saved, submission), per client address and per e-mail. */
export function surveyLimits() {
  const windowSeconds = envNumber('RATE_LIMIT_WINDOW_SECONDS', 600);
  return {
    perIp: { name: 'survey:ip', max: envNumber('RATE_LIMIT_SURVEY_PER_IP', 20), windowSeconds },
    perEmail: { name: 'survey:email', max: envNumber('RATE_LIMIT_SURVEY_PER_EMAIL', 20), windowSeconds },
  } satisfies Record<string, RateLimitRule>;
}

/** Counts one write; past a limit, a 429 with the time to wait. */
export async function assertSurveyWritable(db: Executor, email: string, ctx: { now: Date; ip: string | null }) {
  const limits = surveyLimits();
  if (ctx.ip && !(await hit(db, limits.perIp, ctx.ip, ctx.now))) throw rateLimitedError(limits.perIp.windowSeconds);
  if (!(await hit(db, limits.perEmail, email.toLowerCase(), ctx.now))) throw rateLimitedError(limits.perEmail.windowSeconds);
}

/** "L’enquête est ouverte du … au …", or what is known of its window. */
export function surveyWindowText(window: SurveyWindow, now: Date): string {
  const { opensAt, closesAt } = window;
  if (opensAt && now < opensAt) {
    return `L’enquête ouvrira le ${formatDateTime(opensAt)}${closesAt ? ` et restera ouverte jusqu’au ${formatDateTime(closesAt)}` : ''}.`;
  }
  if (closesAt && now >= closesAt) return `L’enquête est close depuis le ${formatDateTime(closesAt)}.`;
  return closesAt ? `L’enquête est ouverte jusqu’au ${formatDateTime(closesAt)}.` : 'L’enquête est ouverte.';
}

export function surveyClosedError(window: SurveyWindow, now = new Date()) {
  return new AppError('survey_closed', `${surveyWindowText(window, now)} Les réponses ne sont pas acceptées en dehors de cette période.`);
}
