// One published practice as the public sees it (never the respondent's name or e-mail), the
// meetings where it was presented, and, for the contact form only, where to write.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connect';
import { PUBLIC_PRACTICE_CONTENT } from './practice-columns';
import { agendaItems, events, practicePresentations, practices, regions, workshops } from '../schema';

/** Whether a practice of this slug is published: the page gate's one cheap question. */
export async function publishedPracticeExists(tx: Executor, slug: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: practices.id })
    .from(practices)
    .where(and(eq(practices.slug, slug), eq(practices.status, 'published')))
    .limit(1);
  return Boolean(row);
}

export async function findPublishedPracticeBySlug(tx: Executor, slug: string) {
  const [row] = await tx
    .select({
      id: practices.id,
      slug: practices.slug,
      title: practices.title,
      summary: practices.summary,
      organisation: practices.respondentOrganisation,
      organisationType: practices.respondentOrganisationType,
      ...PUBLIC_PRACTICE_CONTENT,
      updatedAt: practices.updatedAt,
      canBeContacted: practices.consentContactAt,
      regionCode: regions.code,
      regionName: regions.name,
    })
    .from(practices)
    .innerJoin(regions, eq(regions.id, practices.regionId))
    .where(and(eq(practices.slug, slug), eq(practices.status, 'published')))
    .limit(1);
  return row ?? null;
}

/** The public meetings (published or cancelled, never drafts) where a practice was presented. */
export function findPracticeMeetings(tx: Executor, practiceId: string) {
  return tx
    .select({
      eventSlug: events.slug,
      eventTitle: events.title,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      eventStatus: events.status,
      regionName: regions.name,
      itemTitle: agendaItems.title,
      workshopCode: workshops.code,
      workshopTitle: workshops.title,
    })
    .from(practicePresentations)
    .innerJoin(agendaItems, eq(agendaItems.id, practicePresentations.agendaItemId))
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .innerJoin(regions, eq(regions.id, events.regionId))
    .leftJoin(workshops, eq(workshops.id, practicePresentations.workshopId))
    .where(and(eq(practicePresentations.practiceId, practiceId), inArray(events.status, ['published', 'cancelled'])))
    .orderBy(asc(events.startsAt), asc(agendaItems.startsAt), asc(workshops.code));
}

/** Where the contact form writes: the respondent, only if the practice is published. */
export async function findPracticeContact(tx: Executor, slug: string) {
  const [row] = await tx
    .select({
      id: practices.id,
      title: practices.title,
      slug: practices.slug,
      email: practices.respondentEmail,
      name: practices.respondentName,
      consentContactAt: practices.consentContactAt,
    })
    .from(practices)
    .where(and(eq(practices.slug, slug), eq(practices.status, 'published')))
    .limit(1);
  return row ?? null;
}
