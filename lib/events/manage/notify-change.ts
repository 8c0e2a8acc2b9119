// When a published event's date, times or venue change, every live registrant is told, with an
// updated .ics, in the transaction of the change.
import type { Executor } from '@/db/connect';
import { findLiveRegistrationIds } from '@/db/queries/managed-events';
import type { Event } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { composeRegistrationEmail } from '@/lib/email/registration-email';
import { enqueueEmail } from '@/lib/email/outbox';
import { loadRegistrationEmailData } from '@/lib/email/registration-data';
import { formatLongDate, formatZonedTimeRange } from '@/lib/time';

type CalendarFields = Pick<
  Event,
  'startsAt' | 'endsAt' | 'timeZone' | 'venueName' | 'venueAddress' | 'venuePostcode' | 'venueCity'
>;

const venueOf = (e: CalendarFields) => [e.venueName, e.venueAddress, `${e.venuePostcode} ${e.venueCity}`.trim()].filter(Boolean).join(', ');

/** What attendees must hear about, one French line per change; empty when nothing of it moved. */
export function calendarChanges(before: CalendarFields, after: CalendarFields): string[] {
  const lines: string[] = [];
  const dateBefore = formatLongDate(before.startsAt, before.timeZone);
  const dateAfter = formatLongDate(after.startsAt, after.timeZone);
  if (dateBefore !== dateAfter) lines.push(`Date : ${dateAfter} (au lieu du ${dateBefore})`);
  const timesBefore = formatZonedTimeRange(before.startsAt, before.endsAt, before.timeZone);
  const timesAfter = formatZonedTimeRange(after.startsAt, after.endsAt, after.timeZone);
  if (timesBefore !== timesAfter || before.timeZone !== after.timeZone) lines.push(`Horaires : ${timesAfter} (au lieu de ${timesBefore})`);
  if (venueOf(before) !== venueOf(after)) lines.push(`Lieu : ${venueOf(after)} (au lieu de ${venueOf(before)})`);
  return lines;
}

/**
 * Queues one event_changed e-mail per live registration of `after` (a published event whose
 * calendar_sequence was already raised) and audits the notice. Returns how many were queued.
 */
export async function notifyCalendarChange(
  tx: Executor,
  after: Event,
  changes: string[],
  ctx: { userId: string; now: Date; appUrl: string },
): Promise<number> {
  const ids = await findLiveRegistrationIds(tx, after.id);
  // No private link: it cannot be rebuilt from its hash, and the e-mail says where to find it.
  const data = await loadRegistrationEmailData(tx, ids, { appUrl: ctx.appUrl, manageUrl: () => null });
  for (const registration of data) {
    await enqueueEmail(
      tx,
      await composeRegistrationEmail('event_changed', { ...registration, changes }, { appUrl: ctx.appUrl, now: ctx.now }),
    );
  }
  await recordAudit(tx, {
    userId: ctx.userId,
    entity: 'event',
    entityId: after.id,
    eventId: after.id,
    action: 'notify_change',
    before: null,
    after: { notified: data.length, calendarSequence: after.calendarSequence, changes: changes.join('\n') },
  });
  return data.length;
}
