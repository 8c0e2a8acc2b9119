// The check of a refusal in the database tests (vitest only: the browser tests read answers).
import { expect } from 'vitest';
import { AppError } from '@/lib/errors';

/** Awaits a refusal: an AppError with that code (returned for more checks). */
export async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
