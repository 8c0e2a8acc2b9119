// The recueil's selection: published practices (optionally of one region or one theme) with their
// public fields only, the meetings where they were presented, and, for the staff's CSV alone, the
// respondents of those who agreed to be contacted.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { PUBLIC_PRACTICE_CONTENT } from './practice-columns';
import { agendaItems, events, practicePresentations, practices, regions, workshops, type PracticeTheme } from '../schema';

export type RecueilSelection = { regionCode: string | null; theme: PracticeTheme | null };

/** Published practices of the selection (lib/recueil orders them in French). */
export async function findRecueilPractices(tx: Executor, selection: RecueilSelection) {
  const where: SQL[] = [eq(practices.status, 'published')];
  if (selection.regionCode) where.push(eq(regions.code, selection.regionCode));
  if (selection.theme) where.push(sql`${selection.theme}::practice_theme = ANY(${practices.themes})`);
  return tx
    .select({
      id: practices.id,
      slug: practices.slug,
      title: practices.title,
      summary: practices.summary,
      regionCode: regions.code,
      regionName: regions.name,
      ...PUBLIC_PRACTICE_CONTENT,
    })
    .from(practices)
    .innerJoin(regions, eq(regions.id, practices.regionId))
    .where(and(...where))
    .orderBy(asc(regions.code), asc(practices.title), asc(practices.id));
}

/** Where these practices were presented: published meetings only, in date order. */
export async function findRecueilPresentations(tx: Executor, practiceIds: string[]) {
  if (practiceIds.length === 0) return [];
  return tx
    .select({
      practiceId: practicePresentations.practiceId,
      eventSlug: events.slug,
      eventTitle: events.title,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      itemTitle: agendaItems.title,
      workshopCode: workshops.code,
      workshopTitle: workshops.title,
    })
    .from(practicePresentations)
    .innerJoin(agendaItems, eq(agendaItems.id, practicePresentations.agendaItemId))
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .leftJoin(workshops, eq(workshops.id, practicePresentations.workshopId))
    .where(and(inArray(practicePresentations.practiceId, practiceIds), eq(events.status, 'published')))
    .orderBy(asc(events.startsAt), asc(agendaItems.startsAt), asc(workshops.code));
}

/**
 * The respondents of these practices who consented to be contacted (for national staff's CSV);
 * the others are not read at all.
 */
export async function findContactableRespondents(tx: Executor, practiceIds: string[]) {
  if (practiceIds.length === 0) return [];
  return tx
    .select({
      practiceId: practices.id,
      name: practices.respondentName,
      organisation: practices.respondentOrganisation,
      organisationType: practices.respondentOrganisationType,
      role: practices.respondentRole,
      email: practices.respondentEmail,
      consentContactAt: practices.consentContactAt,
    })
    .from(practices)
    .where(and(inArray(practices.id, practiceIds), sql`${practices.consentContactAt} IS NOT NULL`));
}
