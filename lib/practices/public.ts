// One published practice for its public page and GET /api/practices/{slug}: the structured
// content, the territory, and the meetings and ateliers where it was presented. The respondent's
// name and e-mail never leave the database (the contact form writes to them: contact.ts).
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findPracticeMeetings, findPublishedPracticeBySlug, publishedPracticeExists } from '@/db/queries/practices-public';
import { isValidSlug } from '@/lib/slug';
import { formatDate } from '@/lib/time';

export type PracticeMeeting = {
  eventSlug: string;
  eventTitle: string;
  /** "8 décembre 2022", in the meeting's own zone. */
  date: string;
  startsAt: string;
  cancelled: boolean;
  regionName: string;
  /** The plenary item or, for an atelier, its slot. */
  itemTitle: string;
  workshop: { code: string; title: string } | null;
};

type PracticeRow = NonNullable<Awaited<ReturnType<typeof findPublishedPracticeBySlug>>>;

export type PracticeView = Omit<PracticeRow, 'id' | 'slug' | 'canBeContacted' | 'publishedAt' | 'updatedAt' | 'regionCode' | 'regionName'> & {
  slug: string;
  region: { code: string; name: string };
  publishedAt: string | null;
  updatedAt: string;
  /** Whether the respondent agreed to be contacted through the form. */
  canBeContacted: boolean;
  meetings: PracticeMeeting[];
};

/** Whether /pratiques/{slug} has a page (the page gate asks before the page streams). */
export async function isPublishedPractice(slug: string, db: Executor = pool): Promise<boolean> {
  return isValidSlug(slug) && publishedPracticeExists(db, slug);
}

export async function getPublishedPractice(slug: string, db: Executor = pool): Promise<PracticeView | null> {
  if (!isValidSlug(slug)) return null;
  const row = await findPublishedPracticeBySlug(db, slug);
  if (!row) return null;
  const meetings = await findPracticeMeetings(db, row.id);
  const { id: _, regionCode, regionName, canBeContacted, publishedAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    slug,
    region: { code: regionCode, name: regionName },
    publishedAt: publishedAt ? publishedAt.toISOString() : null,
    updatedAt: updatedAt.toISOString(),
    canBeContacted: canBeContacted !== null,
    meetings: meetings.map((m) => ({
      eventSlug: m.eventSlug,
      eventTitle: m.eventTitle,
      date: formatDate(m.startsAt, m.timeZone),
      startsAt: m.startsAt.toISOString(),
      cancelled: m.eventStatus === 'cancelled',
      regionName: m.regionName,
      itemTitle: m.itemTitle,
      workshop: m.workshopCode && m.workshopTitle ? { code: m.workshopCode, title: m.workshopTitle } : null,
    })),
  };
}
