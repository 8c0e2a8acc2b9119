// The check-in link printed as a QR code in the confirmation e-mail: /espace/accueil/<id>.<hmac>.
// The signature only proves the link was made by the platform (nobody can walk registration ids);
// opening it still needs a signed-in partner or staff member allowed on that event.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 32 bytes of HMAC-SHA256 in base64url, without padding. */
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

function signature(registrationId: string, secret: string): Buffer {
  // The label keeps these signatures apart from anything else the same secret signs.
  return createHmac('sha256', secret).update(`checkin:${registrationId}`, 'utf8').digest();
}

/** Whether links can be signed (AUTH_SECRET or NEXTAUTH_SECRET is set). */
export function canSignCheckInLinks(): boolean {
  return !!authSecret();
}

/** "<registration id>.<signature>", or null without a secret. */
export function checkInCode(registrationId: string): string | null {
  const secret = authSecret();
  if (!secret) return null;
  const id = registrationId.toLowerCase();
  return `${id}.${signature(id, secret).toString('base64url')}`;
}

/** `${appUrl}/espace/accueil/<code>`, or null without a secret. */
export function checkInUrl(appUrl: string, registrationId: string): string | null {
  const code = checkInCode(registrationId);
  return code ? `${appUrl.replace(/\/+$/, '')}/espace/accueil/${code}` : null;
}

/** The registration id of a genuine code, or null (malformed, tampered, or no secret). */
export function verifyCheckInCode(code: string): string | null {
  const secret = authSecret();
  if (!secret || typeof code !== 'string') return null;
  const dot = code.indexOf('.');
  if (dot < 0) return null;
  const id = code.slice(0, dot);
  const given = code.slice(dot + 1);
  if (!UUID.test(id) || !SIGNATURE.test(given)) return null;
  const expected = signature(id, secret);
  const actual = Buffer.from(given, 'base64url');
  // Both are 32 bytes here (43 base64url characters), as timingSafeEqual requires.
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  // base64url has several spellings of the last character's spare bits: only ours is accepted.
  return actual.toString('base64url') === given ? id : null;
}
