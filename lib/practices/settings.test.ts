import { describe, expect, it } from 'vitest';
import { isSurveyOpen } from './settings';

const at = (iso: string) => new Date(iso);

describe('isSurveyOpen', () => {
  it('is open with no dates', () => {
    expect(isSurveyOpen({ opensAt: null, closesAt: null }, at('2030-01-01T00:00:00Z'))).toBe(true);
  });
  it('is closed before the opening and from the closing instant on', () => {
    const window = { opensAt: at('2030-01-10T00:00:00Z'), closesAt: at('2030-02-10T00:00:00Z') };
    expect(isSurveyOpen(window, at('2030-01-09T23:59:59Z'))).toBe(false);
    expect(isSurveyOpen(window, at('2030-01-10T00:00:00Z'))).toBe(true);
    expect(isSurveyOpen(window, at('2030-02-09T23:59:59Z'))).toBe(true);
    expect(isSurveyOpen(window, at('2030-02-10T00:00:00Z'))).toBe(false);
  });
});
