// The latest published practices, for the home page's « Pratiques inspirantes ».
import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import { practices, regions } from '../schema';
import { listColumns } from './practices-search';

export function findLatestPublishedPractices(tx: Executor, limit: number) {
  return tx
    .select(listColumns)
    .from(practices)
    .innerJoin(regions, eq(regions.id, practices.regionId))
    .where(eq(practices.status, 'published'))
    // practices_status_published_idx serves it; the id breaks ties of a same instant.
    .orderBy(desc(practices.publishedAt), desc(practices.id))
    .limit(limit);
}
