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
 * Seconds a connection may stay silent before it is taken for lost. Without it, a query on a
 * connection that goes silent (a network partition, a stalled proxy or host) waits forever: the
 * socket stays open, no error ever comes, and TCP keepalive does not probe while data is unanswered.
 * The app's statements take milliseconds; an idle connection ends before, politely (idle_timeout).
 */
const SILENCE_TIMEOUT = 5;

export function connect(url: string, options: postgres.Options<Record<string, never>> = {}) {
  let connections = 0;
  const sql = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idle_timeout: SILENCE_TIMEOUT - 1,
    connect_timeout: 5,
    // After a failed attempt postgres.js waits before the next one, up to 20 s by default: during an
    // outage requests would wait that long for their 503, and as long again once it is over.
    backoff: (retries) => (0.5 + Math.random() / 2) * Math.min(3 ** retries / 100, 1),
    // Documented (README, "Custom socket") but missing from postgres.js's types.
    ...({ socket: (o: SocketOptions) => watchedSocket(o, connections++) } as object),
    onnotice: () => {},
    ...options,
  });
  return { sql, db: drizzle(sql, { schema, casing: 'snake_case' }) };
}

type SocketOptions = { host: string[]; port: number[]; path: string | false; ssl: unknown };

/** The socket postgres.js would open, closed with ETIMEDOUT once silent for SILENCE_TIMEOUT. */
function watchedSocket({ host, port, path, ssl }: SocketOptions, attempt: number): net.Socket {
  const i = attempt % host.length;
  const socket = path ? net.connect(path) : net.connect(port[i], host[i]);
  Object.assign(socket, { host: host[i], port: port[i] }); // for error messages and TLS server names
  // Over TLS, postgres.js hands this socket to tls.connect, whose reads no longer reach it.
  if (ssl) return socket;
  socket.setTimeout(SILENCE_TIMEOUT * 1000, () => {
    const error = Object.assign(new Error(`database connection silent for ${SILENCE_TIMEOUT} s`), { code: 'ETIMEDOUT' });
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
