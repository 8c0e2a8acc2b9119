// No 'server-only' guard: use cases (lib/) default to this pool and run in scripts and test runners
// too; tests/architecture/rules.ts keeps app/ and components/ from importing db/ at all.
import { connect, databaseUrl, silenceTimeoutFromEnv, type Database } from './connect';

// One pool per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { tourDb?: ReturnType<typeof connect> };

function client() {
  globalForDb.tourDb ??= connect(databaseUrl(), {}, { silenceTimeout: silenceTimeoutFromEnv() });
  return globalForDb.tourDb;
}

export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = client().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export type { Database, Executor } from './connect';
