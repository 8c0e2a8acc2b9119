import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

const origin = 'http://localhost:3000';

describe('safeRedirectPath', () => {
  it('keeps a path of this site, with its query', () => {
    expect(safeRedirectPath('/admin/comptes?page=2', origin)).toBe('/admin/comptes?page=2');
    expect(safeRedirectPath('http://localhost:3000/espace/rencontres', origin)).toBe('/espace/rencontres');
  });
  it.each([
    '/\\evil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/\t/evil.example',
    '/%09/evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '//evil.example',
    '///evil.example',
    '/%2F/evil.example',
    '/%2fevil.example',
    'https://evil.example/',
    'http://localhost:3000@evil.example/',
    'http://user:pass@localhost:3000/espace',
    'http://localhost:3999.evil.example/',
    'http://localhost:3999/',
    'javascript:alert(1)',
    'data:text/html,x',
    '',
  ])('sends %j to /espace', (target) => {
    const path = safeRedirectPath(decodeURIComponentSafe(target), origin);
    expect(path).toBe('/espace');
    // What the browser then opens stays on this site.
    expect(new URL(path, origin).origin).toBe(origin);
    expect(safeRedirectPath(target, origin)).toBe('/espace');
  });
  it('never throws, whatever it is given', () => {
    expect(safeRedirectPath(undefined, origin)).toBe('/espace');
    expect(safeRedirectPath('http://[', origin)).toBe('/espace');
  });
});

function decodeURIComponentSafe(s: string) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
