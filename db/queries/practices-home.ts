// The latest published practices, for the home page's « Pratiques inspirantes ».
import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import { practices, regions } from '../schema';

export function findLatestPublishedPractices(tx: Executor, limit: number) {
  return tx
    .select({
      slug: practices.slug,
      title: practices.title,
      summary: practices.summary,
      department: practices.department,
      communes: practices.communes,
      qpv: practices.qpv,
      themes: practices.themes,
      organisationType: practices.respondentOrganisationType,
      publishedAt: practices.publishedAt,
      regionCode: regions.code,
      regionName: regions.name,
    })
    .from(practices)
    .innerJoin(regions, eq(regions.id, practices.regionId))
    .where(eq(practices.status, 'published'))
    // practices_status_published_idx serves it; the id breaks ties of a same instant.
    .orderBy(desc(practices.publishedAt), desc(practices.id))
    .limit(limit);
}
