// DATABASE_URL when set; otherwise the project's embedded server (.data/postgres), started for the
// time of the callback.
import { startEmbedded } from './embedded.mts';

export function embeddedSettings() {
  return {
    dir: process.env.EMBEDDED_PG_DIR ?? '.data/postgres',
    port: Number(process.env.EMBEDDED_PG_PORT ?? 5433),
  };
}

export async function withDatabaseUrl<T>(run: (url: string, created: boolean) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL, false);
  const server = await startEmbedded({ ...embeddedSettings(), quiet: true });
  try {
    return await run(server.url, server.created);
  } finally {
    await server.stop();
  }
}
