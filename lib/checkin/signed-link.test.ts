import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canSignCheckInLinks, checkInCode, checkInUrl, verifyCheckInCode } from './signed-link';

const ID = '3f0c6a57-2b1e-4c55-9d7e-8a6b1c2d3e4f';

describe('signed check-in link', () => {
  beforeEach(() => {
    vi.stubEnv('AUTH_SECRET', 'un-secret-de-test-assez-long-pour-signer');
    vi.stubEnv('NEXTAUTH_SECRET', undefined);
  });
  afterEach(() => vi.unstubAllEnvs());

  it('is ${appUrl}/espace/accueil/<id>.<43 base64url characters>, and verifies to the id', () => {
    const url = checkInUrl('https://tour.example.org/', ID)!;
    expect(url).toMatch(new RegExp(`^https://tour\\.example\\.org/espace/accueil/${ID}\\.[A-Za-z0-9_-]{43}$`));
    const code = url.split('/').pop()!;
    expect(code).toBe(checkInCode(ID));
    expect(verifyCheckInCode(code)).toBe(ID);
  });

  it('refuses a tampered id or signature', () => {
    const code = checkInCode(ID)!;
    const [, signature] = code.split('.');
    const otherId = '3f0c6a57-2b1e-4c55-9d7e-8a6b1c2d3e40';
    expect(verifyCheckInCode(`${otherId}.${signature}`)).toBeNull();
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    expect(verifyCheckInCode(`${ID}.${flipped}`)).toBeNull();
    // Another spelling of the same bytes (the spare bits of the last character) is refused too.
    const last = signature.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1];
    expect(verifyCheckInCode(`${ID}.${signature.slice(0, -1)}${sibling}`)).toBeNull();
  });

  it('refuses a signature of the wrong length and malformed codes, without throwing', () => {
    const [, signature] = checkInCode(ID)!.split('.');
    for (const code of [
      `${ID}.${signature.slice(0, -1)}`,
      `${ID}.${signature}A`,
      `${ID}.${signature}${signature}`,
      `${ID}.`,
      ID,
      '',
      `pas-un-uuid.${signature}`,
      `${ID.toUpperCase()}.${signature}`,
      `${ID}.${signature.slice(0, -2)}==`,
      `${ID}.${signature}.${signature}`,
    ]) {
      expect(verifyCheckInCode(code), code).toBeNull();
    }
  });

  it('a signature made with another secret is refused', () => {
    const code = checkInCode(ID)!;
    vi.stubEnv('AUTH_SECRET', 'un-autre-secret');
    expect(verifyCheckInCode(code)).toBeNull();
  });

  it('falls back on NEXTAUTH_SECRET; without any secret, no link is made and none verifies', () => {
    const code = checkInCode(ID)!;
    vi.stubEnv('AUTH_SECRET', undefined);
    vi.stubEnv('NEXTAUTH_SECRET', 'un-secret-de-test-assez-long-pour-signer');
    expect(verifyCheckInCode(code)).toBe(ID);
    vi.stubEnv('NEXTAUTH_SECRET', undefined);
    expect(canSignCheckInLinks()).toBe(false);
    expect(checkInUrl('https://tour.example.org', ID)).toBeNull();
    expect(verifyCheckInCode(code)).toBeNull();
  });
});
