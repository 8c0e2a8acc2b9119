import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, isDatabaseUnavailable, toAppError, UNAVAILABLE_MESSAGE } from './errors';

function withCode(code: string, message = code, cause?: unknown) {
  return Object.assign(new Error(message, cause === undefined ? undefined : { cause }), { code });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
  });

  it('recognises it nested in cause (as drizzle wraps postgres.js errors)', () => {
    const wrapped = new Error('Failed query: select 1', { cause: withCode('ECONNREFUSED') });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    const deeper = new Error('outer', { cause: new Error('middle', { cause: withCode('CONNECT_TIMEOUT') }) });
    expect(isDatabaseUnavailable(deeper)).toBe(true);
  });

  it('recognises a server shutting down or refusing new connections', () => {
    expect(isDatabaseUnavailable(withCode('57P01'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('53300'))).toBe(true);
  });

  it('does not take a unique violation for an outage', () => {
    expect(isDatabaseUnavailable(withCode('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: withCode('23505') }))).toBe(false);
  });

  it('is false for plain errors and non-errors', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable({ code: 42 })).toBe(false);
  });

  it('stops on a cause cycle', () => {
    const a: { code?: string; cause?: unknown } = { code: 'X' };
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('toAppError', () => {
  it('keeps an AppError as it is', () => {
    const error = new AppError('already_registered', 'Vous êtes déjà inscrit.', { email: 'déjà utilisé' });
    expect(toAppError(error)).toBe(error);
    expect(error.status).toBe(409);
  });

  it('maps an unreachable database to service_unavailable (503) with a French message', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = toAppError(new Error('Failed query', { cause: withCode('ECONNREFUSED') }));
    expect(result).toBeInstanceOf(AppError);
    expect(result.code).toBe('service_unavailable');
    expect(result.status).toBe(503);
    expect(result.message).toBe(UNAVAILABLE_MESSAGE);
    expect(result.message).toMatch(/indisponible/);
    expect(spy).not.toHaveBeenCalled();
  });

  it('hides anything else behind a generic internal error and logs it', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const original = withCode('23505', 'duplicate key value violates unique constraint "registrations_live_email_key"');
    const result = toAppError(original);
    expect(result.code).toBe('internal_error');
    expect(result.status).toBe(500);
    expect(result.message).not.toContain('duplicate');
    expect(result.message).toMatch(/erreur inattendue/);
    expect(spy).toHaveBeenCalledWith(original);
  });
});
