import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rateLimits } from '@/db/schema';
import { allows, hit, pruneRateLimits } from '@/lib/rate-limit';
import { testDatabase } from '../support/db';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

describe('rate limits in the database', () => {
  it('counts hits per window and forgets windows older than a day', async () => {
    const rule = { name: `test:${Math.random().toString(36).slice(2)}`, max: 2, windowSeconds: 60 };
    const then = new Date('2031-01-01T10:00:00Z');
    expect(await hit(db, rule, 'a', then)).toBe(true);
    expect(await hit(db, rule, 'a', then)).toBe(true);
    expect(await allows(db, rule, 'a', then)).toBe(false);
    expect(await hit(db, rule, 'a', then)).toBe(false);
    expect(await allows(db, rule, 'a', new Date(then.getTime() + 61_000))).toBe(true);
    await pruneRateLimits(db, new Date(then.getTime() + 2 * 86_400_000));
    expect(await db.select().from(rateLimits).where(eq(rateLimits.key, `${rule.name}:a`))).toEqual([]);
  });
});
