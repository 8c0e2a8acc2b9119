// What the JSON write API accepts before anything is parsed: its own site, JSON, a bounded size.
import { appUrl } from './config';
import { AppError } from './errors';

export const MAX_JSON_BODY_BYTES = 64 * 1024;

const NOT_JSON = 'Le corps de la requête doit être un objet JSON.';

/**
 * A browser says where a request comes from (Origin, Sec-Fetch-Site): another site's page is
 * refused, so it cannot register a visitor. Server tools send neither header and are let through.
 */
export function assertSameSite(request: Request): void {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') throw crossSite();
  const origin = request.headers.get('origin');
  if (origin && origin !== new URL(appUrl()).origin) throw crossSite();
}

function crossSite() {
  return new AppError('forbidden', 'Les demandes venant d’un autre site ne sont pas acceptées.');
}

/** The body as a JSON object: 415 unless application/json, 413 past the limit (not read whole). */
export async function readJsonObject(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw new AppError('unsupported_media_type', 'Le corps de la requête doit être du JSON (Content-Type: application/json).');
  }
  const length = Number(request.headers.get('content-length'));
  if (Number.isFinite(length) && length > maxBytes) throw tooLarge(maxBytes);
  const text = await readText(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', NOT_JSON, { form: NOT_JSON });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('validation_failed', NOT_JSON, { form: NOT_JSON });
  return body as Record<string, unknown>;
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number) {
  return new AppError('payload_too_large', `Le corps de la requête dépasse ${Math.round(maxBytes / 1024)} ko.`);
}
