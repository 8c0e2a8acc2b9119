// What PostgreSQL's errors say about the constraints of the schema: the name of the unique index or
// foreign key a write ran into (postgres.js sets `constraint_name`; drizzle wraps it in `cause`).

/** The unique index or constraint a write violated (23505), or null. */
export function uniqueViolation(error: unknown): string | null {
  return violatedConstraint(error, '23505');
}

/** The foreign key a write violated (23503), or null. */
export function foreignKeyViolation(error: unknown): string | null {
  return violatedConstraint(error, '23503');
}

function violatedConstraint(error: unknown, code: string): string | null {
  for (let e = error as { code?: string; constraint_name?: string; cause?: unknown } | undefined, i = 0; e && i < 4; i++) {
    if (e.code === code) return e.constraint_name ?? null;
    e = e.cause as typeof e;
  }
  return null;
}
