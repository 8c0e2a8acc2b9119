// A TCP proxy between the app and PostgreSQL that a test can cut, for the database outage tests.
//
//   node --import tsx tests/support/tcp-proxy.mts --listen 3102 --control 3103 --target 127.0.0.1:5432
//
// Control (HTTP on 127.0.0.1:<control>):
//   GET  /health                  200 { mode, connections }
//   POST /cut?mode=reset          every open connection is reset and the port is closed: new ones are
//                                 refused (ECONNREFUSED), as when the database host is down.
//   POST /cut?mode=blackhole      a network partition: open connections stay open but nothing
//                                 crosses in either direction, new ones are accepted and never
//                                 answered. What was sent meanwhile is delivered after /restore, as
//                                 TCP retransmits it once a short partition heals.
//   POST /restore                 forwards again.
import { createServer as createHttpServer } from 'node:http';
import net from 'node:net';
import { parseArgs } from 'node:util';

type Mode = 'open' | 'reset' | 'blackhole';

const { values } = parseArgs({
  options: { listen: { type: 'string' }, control: { type: 'string' }, target: { type: 'string' } },
});
if (!values.listen || !values.control || !values.target) {
  console.error('Usage: tcp-proxy.mts --listen <port> --control <port> --target <host:port>');
  process.exit(2);
}
const listenPort = Number(values.listen);
const controlPort = Number(values.control);
const separator = values.target.lastIndexOf(':');
const targetHost = values.target.slice(0, separator);
const targetPort = Number(values.target.slice(separator + 1));

let mode: Mode = 'open';
/** Connections accepted during a black hole, bridged (or dropped) at /restore. */
let held: net.Socket[] = [];
/** What a black hole keeps from crossing: resumed at /restore. */
let deferred: (() => void)[] = [];

type Pair = { client: net.Socket; upstream: net.Socket };
const pairs = new Set<Pair>();

/** Copies one direction; in a black hole the data (and the end of the stream) waits for /restore. */
function forward(from: net.Socket, to: net.Socket) {
  from.on('data', (chunk) => {
    if (mode === 'blackhole') {
      from.pause();
      deferred.push(() => {
        to.write(chunk);
        from.resume();
      });
      return;
    }
    if (!to.write(chunk)) {
      from.pause();
      to.once('drain', () => mode !== 'blackhole' && from.resume());
    }
  });
  from.on('end', () => (mode === 'blackhole' ? deferred.push(() => to.end()) : to.end()));
}

function bridge(client: net.Socket) {
  const upstream = net.connect(targetPort, targetHost);
  const pair = { client, upstream };
  pairs.add(pair);
  const close = () => {
    pairs.delete(pair);
    client.destroy();
    upstream.destroy();
  };
  // An error or a close on one side reaches the other at once, or after /restore in a black hole.
  for (const socket of [client, upstream]) {
    socket.on('error', () => (mode === 'blackhole' ? deferred.push(close) : close()));
    socket.on('close', () => (mode === 'blackhole' ? deferred.push(close) : close()));
  }
  forward(client, upstream);
  forward(upstream, client);
  client.resume();
}

function onConnection(client: net.Socket) {
  client.setNoDelay(true);
  client.on('error', () => {});
  if (mode === 'blackhole') {
    client.pause();
    held.push(client);
    return;
  }
  bridge(client);
}

let proxy: net.Server | null = null;

function listen(): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer({ pauseOnConnect: true }, onConnection);
    server.once('error', reject);
    server.listen(listenPort, '127.0.0.1', () => {
      proxy = server;
      resolve();
    });
  });
}

function cut(next: 'reset' | 'blackhole') {
  if (mode !== 'open') return;
  mode = next;
  if (next === 'reset') {
    // A closed port: the kernel refuses new connections with RST.
    proxy?.close();
    proxy = null;
    for (const { client, upstream } of pairs) {
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    }
    pairs.clear();
  } else {
    for (const { client, upstream } of pairs) {
      client.pause();
      upstream.pause();
    }
  }
}

async function restore() {
  const previous = mode;
  mode = 'open';
  if (previous === 'reset') await listen();
  if (previous === 'blackhole') {
    const actions = deferred;
    deferred = [];
    for (const action of actions) action();
    for (const { client, upstream } of pairs) {
      client.resume();
      upstream.resume();
    }
    // A client still waiting for its connection gets it now; one that gave up is gone.
    const waiting = held;
    held = [];
    for (const client of waiting) if (!client.destroyed) bridge(client);
  }
}

await listen();

createHttpServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  try {
    if (request.method === 'GET' && url.pathname === '/health') return reply(200, { mode, connections: pairs.size });
    if (request.method === 'POST' && url.pathname === '/cut') {
      const next = url.searchParams.get('mode') ?? 'reset';
      if (next !== 'reset' && next !== 'blackhole') return reply(400, { error: 'mode: reset or blackhole' });
      cut(next);
      return reply(200, { mode });
    }
    if (request.method === 'POST' && url.pathname === '/restore') {
      await restore();
      return reply(200, { mode });
    }
    reply(404, { error: 'not found' });
  } catch (error) {
    reply(500, { error: String(error) });
  }
}).listen(controlPort, '127.0.0.1', () => {
  console.log(`tcp-proxy: 127.0.0.1:${listenPort} → ${targetHost}:${targetPort}, control on 127.0.0.1:${controlPort}`);
});
