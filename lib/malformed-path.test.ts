import { describe, expect, it } from 'vitest';
import { isMalformedPath, malformedPathResponse } from './malformed-path';

describe('isMalformedPath', () => {
  it('finds undecodable percent-encoding, and only that', () => {
    for (const p of ['/api/events/%', '/rencontres/%E0%A4%A', '/rencontres/%ZZ/inscription', '/api/events/%FF', '/a/%C0%AF', '/%ED%A0%80']) {
      expect(isMalformedPath(p), p).toBe(true);
    }
    for (const p of ['/', '/rencontres/occitanie-2030', '/api/events/%00', '/rencontres/%C3%A9t%C3%A9', '/a%20b', '/%25']) {
      expect(isMalformedPath(p), p).toBe(false);
    }
  });

  it('answers 400: the error shape under /api, a French page elsewhere', async () => {
    const api = malformedPathResponse('/api/events/%FF');
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ error: { code: 'validation_failed', message: expect.stringContaining('mal formée') } });
    const page = malformedPathResponse('/rencontres/%FF');
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Requête incorrecte');
  });
});
