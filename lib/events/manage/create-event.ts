// A partner (or national staff) creates a draft event in one of their regions.
import { db as pool } from '@/db';
import type { Database } from '@/db/connect';
import { findRegion, findRegionsOf, insertEventWithFreeSlug } from '@/db/queries/managed-events';
import { recordAudit } from '@/lib/audit';
import { assertCan, assertCanUseRegion, scopeOf, type CurrentUser } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { eventSlug } from '@/lib/slug';
import { parisTime, regionTimeZone } from '@/lib/time';
import { parseInput, type Actor } from './access';
import { createEventSchema } from './create-event-schema';

/** The regions the user may create events in (every region for national staff). */
export async function listUsableRegions(user: CurrentUser | null, db: Database = pool) {
  assertCan(user, 'events:create');
  const scope = scopeOf(user);
  return findRegionsOf(db, scope.allRegions ? null : scope.userId);
}

/**
 * Creates a draft. Its slug (region, city, date: "occitanie-montpellier-2022-12-08") is free or
 * made free with -2, -3…, and never changes afterwards, so shared links keep working.
 */
export async function createEvent(input: unknown, ctx: Actor & { now: Date }, db: Database = pool) {
  const { user } = ctx;
  assertCan(user, 'events:create');
  const data = parseInput(createEventSchema, input);
  assertCanUseRegion(user, data.regionId);
  return db.transaction(async (tx) => {
    const region = await findRegion(tx, data.regionId);
    if (!region) throw new AppError('validation_failed', 'Cette région n’existe pas.', { regionId: 'Choisissez une de vos régions.' });
    const timeZone = regionTimeZone(region.code);
    const event = await insertEventWithFreeSlug(tx, eventSlug(region.name, data.venueCity, data.date), {
      regionId: region.id,
      title: data.title,
      edition: Number(data.date.slice(0, 4)),
      startsAt: parisTime(data.date, data.startTime, timeZone),
      endsAt: parisTime(data.date, data.endTime, timeZone),
      timeZone,
      venueName: data.venueName,
      venueAddress: data.venueAddress,
      venuePostcode: data.venuePostcode,
      venueCity: data.venueCity,
      capacity: data.capacity,
      contactEmail: data.contactEmail,
      status: 'draft',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, { userId: user.id, entity: 'event', entityId: event.id, eventId: event.id, action: 'create', before: null, after: event });
    return { id: event.id, slug: event.slug };
  });
}
