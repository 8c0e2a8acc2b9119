// JSON answers of the route handlers, errors always in one shape: { error: { code, message, fields? } }.
import { AppError, toAppError } from './errors';

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
      headers: { 'Cache-Control': 'no-store', ...(appError.code === 'service_unavailable' ? { 'Retry-After': '10' } : {}) },
    },
  );
}

/** Runs a handler and turns anything it throws into the error shape. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return jsonError(error);
  }
}

export const notFoundError = (what = 'Rencontre introuvable.') => new AppError('not_found', what);
