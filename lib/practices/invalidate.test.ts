// What the effects of practices refresh: the tags the meeting pages and the home page are cached under.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const revalidateTag = vi.fn();
vi.mock('next/cache', () => ({ revalidateTag }));

const { invalidatePractice, invalidateTourSettings } = await import('./invalidate');
const { practiceTag, PRACTICES_TAG, TOUR_SETTINGS_TAG } = await import('./tags');

beforeEach(() => revalidateTag.mockClear());

describe('invalidation of the views that show practices', () => {
  it('a practice refreshes the meeting pages tagged with it and the latest practices, at once', () => {
    invalidatePractice('2f0c5b0e-0000-4000-8000-000000000001');
    expect(revalidateTag.mock.calls).toEqual([
      [practiceTag('2f0c5b0e-0000-4000-8000-000000000001'), { expire: 0 }],
      [PRACTICES_TAG, { expire: 0 }],
    ]);
    expect(practiceTag('x')).toBe('practice:x');
  });

  it('the tour settings refresh the survey link', () => {
    invalidateTourSettings();
    expect(revalidateTag.mock.calls).toEqual([[TOUR_SETTINGS_TAG, { expire: 0 }]]);
  });
});
