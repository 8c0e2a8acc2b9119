import type { AppError } from '@/lib/errors';

/** The typed error a use case rejected with, or null when it succeeded. */
export async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
}
