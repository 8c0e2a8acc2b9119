import { asc } from 'drizzle-orm';
import type { Executor } from '../connect';
import { regions } from '../schema';

export function findRegions(tx: Executor) {
  return tx
    .select({ code: regions.code, name: regions.name, capital: regions.capital, overseas: regions.overseas })
    .from(regions)
    .orderBy(asc(regions.overseas), asc(regions.name));
}
