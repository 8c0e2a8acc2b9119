// A drizzle client over postgres.js for a given URL. Used by the app (db/index.ts), the scripts and
// the tests, so all of them run the very same code against the very same kind of server.
import net from 'node:net';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = ReturnType<typeof connect>['db'];
/** A database handle or an open transaction: data-access functions take either (`tx = db`). */
export type Executor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute' | 'transaction' | 'query'>;

/**
 * The app's pool (db/index.ts) takes a connection that stays silent for DATABASE_SILENCE_TIMEOUT
 * seconds (15) for lost. Without it, a query on a connection that goes silent (a network partition,
 * a stalled proxy or host) waits forever: the socket stays open, no error ever comes, and TCP
 * keepalive does not probe while data is unanswered. The app's statements take milliseconds; its
 * idle connections end before, politely (idle_timeout). Scripts (migrations, seed) are not watched:
 * a migration may legitimately run for minutes.
 */
export function silenceTimeoutFromEnv(): number {
  const value = Number(process.env.DATABASE_SILENCE_TIMEOUT);
  return Number.isFinite(value) && value >= 2 ? value : 15;
}

export function connect(url: string, options: postgres.Options<Record<string, never>> = {}, { silenceTimeout = 0 } = {}) {
  let connections = 0;
  const sql = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idle_timeout: silenceTimeout ? Math.min(30, silenceTimeout - 1) : 30,
    connect_timeout: 5,
    // After a failed attempt postgres.js waits before the next one, up to 20 s by default: during an
    // outage requests would wait that long for their 503, and as long again once it is over.
    backoff: (retries) => (0.5 + Math.random() / 2) * Math.min(3 ** retries / 100, 1),
    // Documented (README, "Custom socket") but missing from postgres.js's types.
    ...(silenceTimeout ? ({ socket: (o: SocketOptions) => watchedSocket(o, connections++, silenceTimeout) } as object) : {}),
    onnotice: () => {},
    ...options,
  });
  return { sql, db: drizzle(sql, { schema, casing: 'snake_case' }) };
}

type SocketOptions = { host: string[]; port: number[]; path: string | false; ssl: unknown };

/** The socket postgres.js would open, closed with ETIMEDOUT once silent for `seconds`. */
function watchedSocket({ host, port, path, ssl }: SocketOptions, attempt: number, seconds: number): net.Socket {
  const i = attempt % host.length;
  const socket = path ? net.connect(path) : net.connect(port[i], host[i]);
  Object.assign(socket, { host: host[i], port: port[i] }); // for error messages and TLS server names
  // Over TLS, postgres.js hands this socket to tls.connect, whose reads no longer reach it.
  if (ssl) return socket;
  socket.setTimeout(seconds * 1000, () => {
    const error = Object.assign(new Error(`database connection silent for ${seconds} s`), { code: 'ETIMEDOUT' });
    socket.destroy(error);
  });
  return socket;
}

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with `npm run dev` (embedded PostgreSQL) or set DATABASE_URL.',
    );
  }
  return url;
}
