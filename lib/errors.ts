// One error type for everything a person may be told; anything else is logged, never shown.
export const ERROR_CODES = {
  not_found: 404,
  forbidden: 403,
  unauthorized: 401,
  validation_failed: 400,
  already_registered: 409,
  workshop_full: 409,
  registration_closed: 422,
  survey_closed: 409,
  idempotency_key_reused: 422,
  unsupported_media_type: 415,
  payload_too_large: 413,
  rate_limited: 429,
  service_unavailable: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CODES[code];
  }
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'EPIPE', 'ENOTFOUND', '57P01', '57P03', '53300']);

/** True when an error means the database cannot be reached (as opposed to a bug or bad input). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

export const UNAVAILABLE_MESSAGE =
  'Le service est momentanément indisponible. Merci de réessayer dans quelques instants.';

/** Turns anything thrown into the error a person may see. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError('service_unavailable', UNAVAILABLE_MESSAGE);
  console.error(error);
  return new AppError('internal_error', 'Une erreur inattendue est survenue. Merci de réessayer plus tard.');
}
