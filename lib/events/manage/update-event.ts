// The event's details: title, date and times, venue, description, capacity, registration window…
import { db as pool } from '@/db';
import type { Database } from '@/db/connect';
import { findAgendaItems, updateAgendaItemRow } from '@/db/queries/agenda-items';
import { updateEventRow } from '@/db/queries/event-updates';
import { countConfirmed } from '@/db/queries/seats';
import { changedFields } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { formatTime, parisDate, parisTime } from '@/lib/time';
import { auditChange, changeEvent, parseInput, type EditorContext } from './access';
import { daysBetween, describeItem, isWithin, missingDetails, shiftByDays } from './agenda-rules';
import { parisDateTime } from './fields';
import { calendarChanges, notifyCalendarChange } from './notify-change';
import { promoteAfterNewSeats } from './promotions';
import { updateEventSchema } from './update-event-schema';

/**
 * Saves the details of an event. Its programme moves with its date and zone (same wall-clock times
 * on the new day) and must still fit between the new start and end. The capacity never goes below the
 * confirmed registrations; raising it confirms waitlisted people at once (under the event's
 * lock, in the same transaction). The slug never changes.
 */
export async function updateEvent(eventId: string, input: unknown, ctx: EditorContext, db: Database = pool) {
  return changeEvent(eventId, ctx, db, async (tx, event, user) => {
    const data = parseInput(updateEventSchema, input);
    const startsAt = parisTime(data.date, data.startTime, data.timeZone);
    const endsAt = parisTime(data.date, data.endTime, data.timeZone);
    const values = {
      title: data.title,
      edition: Number(data.date.slice(0, 4)),
      startsAt,
      endsAt,
      timeZone: data.timeZone,
      venueName: data.venueName,
      venueAddress: data.venueAddress,
      venuePostcode: data.venuePostcode,
      venueCity: data.venueCity,
      venueLat: data.venueLat,
      venueLng: data.venueLng,
      description: data.description,
      capacity: data.capacity,
      registrationOpensAt: parisDateTime(data.registrationOpensAt, data.timeZone),
      registrationClosesAt: parisDateTime(data.registrationClosesAt, data.timeZone),
      lunchProvided: data.lunchProvided,
      accessibilityInfo: data.accessibilityInfo,
      contactEmail: data.contactEmail,
    };
    if (Object.keys(changedFields(event, { ...event, ...values })).length === 0) {
      return { changed: false, promoted: 0, notified: 0 };
    }

    if (event.status === 'published') {
      const missing = missingDetails(values);
      if (missing.length) {
        throw new AppError('validation_failed', `Une rencontre publiée doit garder ${missing.join(', ')}.`);
      }
    }

    const shift = daysBetween(parisDate(event.startsAt, event.timeZone), data.date);
    const moved = shift !== 0 || event.timeZone !== data.timeZone;
    const items = (await findAgendaItems(tx, event.id)).map((item) => ({
      before: item,
      after: shiftByDays(item, shift, event.timeZone, data.timeZone),
    }));
    const outside = items.filter(({ after }) => !isWithin(after, { startsAt, endsAt })).map(({ after }) => after);
    if (outside.length) {
      const fields: Record<string, string> = {};
      const earliest = outside.reduce((a, b) => (b.startsAt < a.startsAt ? b : a)).startsAt;
      const latest = outside.reduce((a, b) => (b.endsAt > a.endsAt ? b : a)).endsAt;
      if (earliest < startsAt) fields.startTime = `Le programme commence à ${formatTime(earliest, data.timeZone)} : la rencontre doit commencer au plus tard à cette heure.`;
      if (latest > endsAt) fields.endTime = `Le programme finit à ${formatTime(latest, data.timeZone)} : la rencontre doit finir au plus tôt à cette heure.`;
      throw new AppError(
        'validation_failed',
        `Le programme ne tiendrait plus dans ces horaires : ${outside.map((item) => describeItem(item, data.timeZone)).join(', ')}. Modifiez d’abord ces temps du programme, ou choisissez des horaires qui les contiennent.`,
        fields,
      );
    }

    const confirmed = await countConfirmed(tx, event.id);
    if (data.capacity < confirmed) {
      const message = `La capacité ne peut pas être inférieure au nombre d’inscriptions confirmées (${confirmed}).`;
      throw new AppError('validation_failed', message, { capacity: message });
    }

    // Attendees of a published event hear of a new date, new times or a new venue, and their
    // calendars replace the entry (a higher SEQUENCE).
    const changes = event.status === 'published' ? calendarChanges(event, values) : [];
    const sequence = changes.length ? { calendarSequence: event.calendarSequence + 1 } : {};
    const updated = await updateEventRow(tx, event.id, { ...values, ...sequence, updatedAt: ctx.now });
    await auditChange(tx, user, event, { entity: 'event', action: 'update', before: event, after: updated });

    if (moved) {
      for (const { before, after } of items) {
        await updateAgendaItemRow(tx, before.id, { startsAt: after.startsAt, endsAt: after.endsAt });
        await auditChange(tx, user, event, {
          entity: 'agenda_item',
          entityId: before.id,
          action: 'update',
          before: { startsAt: before.startsAt, endsAt: before.endsAt },
          after: { startsAt: after.startsAt, endsAt: after.endsAt },
        });
      }
    }

    const notified = changes.length ? await notifyCalendarChange(tx, updated, changes, { userId: user.id, now: ctx.now, appUrl: ctx.appUrl }) : 0;
    const promoted = updated.capacity > event.capacity ? await promoteAfterNewSeats(tx, updated, user.id, ctx) : [];
    return { changed: true, promoted: promoted.length, notified };
  });
}
