// JSON answers of the route handlers, errors always in one shape: { error: { code, message, fields? } }.
import { isDatabaseReachable } from './db-health';
import { AppError, UNAVAILABLE_MESSAGE, isDatabaseUnavailable, toAppError } from './errors';

export function jsonError(error: unknown): Response {
  const appError = toAppError(error);
  return Response.json(
    {
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.fields ? { fields: appError.fields } : {}),
        ...(appError.details ?? {}),
      },
    },
    {
      status: appError.status,
      headers: { 'Cache-Control': 'no-store', ...retryAfter(appError) },
    },
  );
}

function retryAfter(error: AppError): Record<string, string> {
  if (error.code === 'service_unavailable') return { 'Retry-After': '10' };
  if (error.code === 'rate_limited' && typeof error.details?.retryAfter === 'number') {
    return { 'Retry-After': String(error.details.retryAfter) };
  }
  return {};
}

/**
 * Runs a handler and turns anything it throws into the error shape. An error that came through a
 * 'use cache' function has lost its cause, so an unexpected one is checked against the database
 * itself: when the database does not answer, the answer is a 503, not a 500.
 */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError) && !isDatabaseUnavailable(error) && !(await isDatabaseReachable())) {
      console.error(error);
      return jsonError(new AppError('service_unavailable', UNAVAILABLE_MESSAGE));
    }
    return jsonError(error);
  }
}

export const notFoundError = (what = 'Rencontre introuvable.') => new AppError('not_found', what);
