// Requests to the production server as a browser makes them, for the fuzz tests: the server
// action's id from the build's manifest, its arguments encoded by React's own client (as the
// registration form's are), its RSC answer decoded by React's own client. Plain node:http, one
// connection per request: an answer sent before a large body was read cannot reset the next one.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { refusalProblem, type ErrorBody } from './fuzz-check';

type FlightClient = {
  encodeReply(value: unknown): Promise<string | FormData>;
  createFromReadableStream<T>(stream: ReadableStream<Uint8Array>, options: { serverConsumerManifest: object }): Promise<T>;
};

// The production build of the client that Turbopack puts in the browser's bundle (the development
// one only adds warnings); its reply encoding is the one every React client shares.
const flight = createRequire(path.join(process.cwd(), 'package.json'))(
  'next/dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-client.node.production.js',
) as FlightClient;

/** The registration form's page, whose manifest names the server action. */
export const FORM_PAGE = 'app/rencontres/[slug]/inscription/page';

let address = 0;
/**
 * A distinct client address per request (100.64.0.0/10), as the reverse proxy passes it: the
 * per-address limit of the test server (20) never answers in place of the body's own check.
 */
export function clientAddress(): Record<string, string> {
  const n = ++address;
  return { 'x-forwarded-for': `100.${64 + ((n >> 16) & 63)}.${(n >> 8) & 255}.${n & 255}` };
}

export type RawAnswer = { status: number; contentType: string; text: string };

/** POSTs `body` (a FormData goes as multipart, as fetch would send it) and reads the whole answer. */
export async function rawPost(url: string, body: string | Uint8Array | FormData, headers: Record<string, string> = {}): Promise<RawAnswer> {
  let bytes: Buffer;
  const sent = { ...headers };
  if (body instanceof FormData) {
    const encoded = new Response(body);
    bytes = Buffer.from(await encoded.arrayBuffer());
    sent['content-type'] = encoded.headers.get('content-type')!;
  } else {
    bytes = Buffer.from(body);
  }
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request(url, { method: 'POST', agent: false, headers: { ...sent, 'content-length': String(bytes.length) } }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    // A server may answer and close before reading all of a large body: the answer is what counts.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.end(bytes);
  });
}

type ManifestEntry = { workers: Record<string, unknown>; exportedName?: string };

/** The id of a server action in the build: `<distDir>/server/server-reference-manifest.json`. */
export function serverActionId(name: string, page: string, distDir = process.env.NEXT_DIST_DIR ?? '.next-test'): string {
  const file = path.join(distDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.exportedName === name && page in entry.workers)
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`${name} of ${page}: ${ids.length} entries in ${file}`);
  return ids[0];
}

/** The body of a call of a server action with these arguments, as React's client encodes it. */
export function encodeActionArguments(args: unknown[]): Promise<string | FormData> {
  return flight.encodeReply(args);
}

/** The headers a browser sends with a call of a server action (a FormData sets its own type). */
export function actionHeaders(actionId: string, body: string | FormData): Record<string, string> {
  return {
    'next-action': actionId,
    accept: 'text/x-component',
    ...(typeof body === 'string' ? { 'content-type': 'text/plain;charset=UTF-8' } : {}),
  };
}

/** What a server action returned, read from its RSC answer ("0:{"a":"$@1",…}\n1:{…}"). */
export async function decodeActionResult(text: string): Promise<unknown> {
  const root = await flight.createFromReadableStream<{ a?: unknown }>(new Response(text).body!, {
    serverConsumerManifest: { moduleMap: {}, serverModuleMap: null, moduleLoading: null },
  });
  return await root.a;
}

/** Next's own answer when it cannot run an action: a 500 whose RSC holds only an error digest. */
export const NEXT_OPAQUE_ERROR = /^0:\{"a":"\$@1",[^\n]*\}\n1:E\{"digest":"[0-9]+"\}\n$/;

/** The size in bytes of a body as it goes on the wire. */
export async function byteLength(body: string | FormData): Promise<number> {
  return typeof body === 'string' ? Buffer.byteLength(body) : (await new Response(body).arrayBuffer()).byteLength;
}

/** What is wrong with an answer of the API (null for a 4xx, JSON, { error: { code, message, fields? } } only). */
export function apiProblem(answer: RawAnswer): string | null {
  if (answer.status < 400 || answer.status >= 500) return `statut ${answer.status}`;
  if (!answer.contentType.startsWith('application/json')) return `type ${answer.contentType}`;
  let json: { error?: ErrorBody };
  try {
    json = JSON.parse(answer.text);
  } catch {
    return 'pas du JSON';
  }
  if (Object.keys(json).join() !== 'error') return `clés ${Object.keys(json).join()}`;
  return refusalProblem(json.error);
}

/** What is wrong with an answer of the action (null for a 200 in RSC whose result is { ok: false, error }). */
export async function actionProblem(answer: RawAnswer): Promise<string | null> {
  if (answer.status !== 200) return `statut ${answer.status}`;
  if (!answer.contentType.startsWith('text/x-component')) return `type ${answer.contentType}`;
  let result: { ok?: unknown; error?: ErrorBody };
  try {
    result = (await decodeActionResult(answer.text)) as typeof result;
  } catch (error) {
    return `réponse illisible : ${String(error)}`;
  }
  if (result?.ok !== false) return `résultat ${JSON.stringify(result)?.slice(0, 200)}`;
  return refusalProblem(result.error);
}
