// What a server action answers a form: never a stack trace, always French.
import { isDatabaseReachable } from './db-health';
import { AppError, UNAVAILABLE_MESSAGE, isDatabaseUnavailable, toAppError } from './errors';

export type ActionError = {
  code: string;
  message: string;
  fields?: Record<string, string>;
  details?: Record<string, unknown>;
};
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: ActionError };

export async function actionError(error: unknown): Promise<{ ok: false; error: ActionError }> {
  let appError = toAppError(error);
  if (appError.code === 'internal_error' && !isDatabaseUnavailable(error) && !(await isDatabaseReachable())) {
    appError = new AppError('service_unavailable', UNAVAILABLE_MESSAGE);
  }
  return { ok: false, error: { code: appError.code, message: appError.message, fields: appError.fields, details: appError.details } };
}

/** The answer of a form that says one message: null before its first submission. */
export type MessageAnswer = ActionResult<{ message: string }> | null;
