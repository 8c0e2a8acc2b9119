import { describe, expect, it } from 'vitest';
import { landingAfterSignIn } from './landing';
import type { CurrentUser } from './permissions';

const user = (role: CurrentUser['role']): CurrentUser => ({ id: 'u', email: 'x@example.org', name: 'X', role, regionIds: role === 'partner' ? [76] : [] });

describe('landingAfterSignIn', () => {
  it('sends national staff to the console and partners to their meetings', () => {
    expect(landingAfterSignIn(user('national'))).toBe('/admin');
    expect(landingAfterSignIn(user('partner'))).toBe('/espace');
  });
  it('sends nobody anywhere but the sign-in page', () => {
    expect(landingAfterSignIn(null)).toBe('/connexion');
  });
});
