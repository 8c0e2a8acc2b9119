import { describe, expect, it } from 'vitest';
import { appUrl, MISSING_APP_URL } from './config';

describe('appUrl', () => {
  it('is the configured address, never a request host', () => {
    expect(appUrl({ NODE_ENV: 'production', APP_URL: 'https://tour.example.org/' })).toBe('https://tour.example.org');
    expect(appUrl({ NODE_ENV: 'production', NEXTAUTH_URL: 'https://tour.example.org' })).toBe('https://tour.example.org');
  });
  it('refuses to answer in production without one', () => {
    expect(() => appUrl({ NODE_ENV: 'production' })).toThrow(MISSING_APP_URL);
  });
  it('defaults to localhost:PORT in development', () => {
    expect(appUrl({ NODE_ENV: 'development', PORT: '3100' })).toBe('http://localhost:3100');
    expect(appUrl({ NODE_ENV: 'development' })).toBe('http://localhost:3000');
  });
  it('rejects an address that is not http(s)', () => {
    expect(() => appUrl({ NODE_ENV: 'production', APP_URL: 'javascript:alert(1)' })).toThrow();
  });
});
