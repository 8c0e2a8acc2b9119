// The job queue's connection side. graphile-worker keeps its tables in the `graphile_worker`
// schema of our database and talks to it through node-postgres (`pg`), on a small pool of its own
// that it opens from a connection string and closes when it stops, next to the app's postgres.js
// pool. Its schema is installed by migrateDatabase (db/migrate.ts), before any app code runs.
import { Logger, runMigrations, type LogLevel } from 'graphile-worker';

/**
 * graphile-worker's messages as short `[jobs] …` lines: warnings and errors only (its info lines
 * say "Completed task …" for every job), each cut to its first line (no stack traces), and none
 * once `muted()` says so (a runner stopping while the database shuts down with it, e.g. on Ctrl-C).
 */
export function jobLogger(muted: () => boolean = () => false): Logger {
  return new Logger(() => (level: LogLevel, message: string) => {
    if (muted()) return;
    const line = `[jobs] ${message.split('\n')[0]}`;
    if (level === 'error') console.error(line);
    else if (level === 'warning') console.warn(line);
  });
}

/** Installs or upgrades graphile-worker's schema: idempotent, and safe when instances start together. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, maxPoolSize: 1, logger: jobLogger() });
}
