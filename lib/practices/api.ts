// The read API's shapes for pratiques inspirantes (docs/api.md), a stable contract. Only published
// practices reach it, and never a respondent's name or e-mail.
import { toParisIso } from '@/lib/time';
import type { CollectionPage, PracticeCard } from './collection';
import type { PracticeView } from './public';

export const practiceUrl = (appUrl: string, slug: string) => `${appUrl}/pratiques/${slug}`;

export function toApiPractice(card: PracticeCard, appUrl: string) {
  return {
    slug: card.slug,
    title: card.title,
    summary: card.summary,
    region: { code: card.regionCode, name: card.regionName },
    themes: card.themes,
    department: card.department,
    qpv: card.qpv,
    url: practiceUrl(appUrl, card.slug),
  };
}

export function toApiPracticePage(page: CollectionPage, pageSize: number, appUrl: string) {
  return { practices: page.practices.map((p) => toApiPractice(p, appUrl)), total: page.total, page: page.page, pageSize };
}

export function toApiPracticeDetail(practice: PracticeView, appUrl: string) {
  return {
    slug: practice.slug,
    title: practice.title,
    summary: practice.summary,
    region: practice.region,
    department: practice.department,
    communes: practice.communes,
    qpv: practice.qpv,
    qpvNames: practice.qpvNames,
    themes: practice.themes,
    otherTheme: practice.otherTheme,
    organisation: practice.organisation,
    organisationType: practice.organisationType,
    actors: practice.actors,
    context: practice.context,
    actions: practice.actions,
    results: practice.results,
    insertionHours: practice.insertionHours,
    peopleHired: practice.peopleHired,
    difficulties: practice.difficulties,
    reproduce: practice.reproduce,
    period: practice.period,
    links: practice.links,
    publishedAt: practice.publishedAt && toParisIso(new Date(practice.publishedAt)),
    url: practiceUrl(appUrl, practice.slug),
    events: practice.meetings.map((m) => ({
      slug: m.eventSlug,
      title: m.eventTitle,
      startsAt: m.startsAt,
      item: m.itemTitle,
      workshopCode: m.workshop?.code ?? null,
      workshopTitle: m.workshop?.title ?? null,
    })),
  };
}
