// Registering an attendee: one use case for the form's server action and the HTTP API.
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/connect';
import {
  countConfirmed,
  findByIdempotencyKey,
  findLiveRegistrationByEmail,
  findSlotsWithSeats,
  lockEventBySlug,
  replaceChoices,
} from '@/db/queries/registrations';
import { events, registrations, type Registration } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { allows, hit, rateLimitedError, registrationLimits } from '@/lib/rate-limit';
import { assertSeatsLeft, validateChoices } from './choices';
import { manageUrl, mintManageLink, queueRegistrationEmail } from './notify';
import { fieldErrors, registrationSchema } from './schema';
import { assertRegistrationOpen } from './window';

export type RegisterContext = { slug: string; now: Date; appUrl: string; ip?: string | null };

export type RegisterResult = {
  id: string;
  status: 'confirmed' | 'waitlisted';
  eventSlug: string;
  /** The private link; null when the same request is replayed (the link went out by e-mail). */
  manageUrl: string | null;
  token: string | null;
  replayed: boolean;
};

export const INVALID_INPUT_MESSAGE = 'Certaines informations sont à corriger.';

export async function registerAttendee(db: Database, input: unknown, ctx: RegisterContext): Promise<RegisterResult> {
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) throw new AppError('validation_failed', INVALID_INPUT_MESSAGE, fieldErrors(parsed.error));
  const data = parsed.data;

  // A retried request (double click, lost answer) finds its registration before anything counts.
  if (data.idempotencyKey) {
    const replay = await findReplay(db, ctx.slug, data.idempotencyKey);
    if (replay) return replay;
  }

  // Counted outside the transaction, so refused attempts count too. The e-mail's count is taken
  // after the attempt, so that a retried request that turns out to be a replay costs nothing.
  const limits = registrationLimits();
  const emailKey = data.email.toLowerCase();
  if (ctx.ip && !(await hit(db, limits.perIp, ctx.ip, ctx.now))) throw rateLimitedError(limits.perIp.windowSeconds);
  if (!(await allows(db, limits.perEmail, emailKey, ctx.now))) throw rateLimitedError(limits.perEmail.windowSeconds);

  let result: RegisterResult | null = null;
  try {
    result = await db.transaction(async (tx) => {
      const event = await lockEventBySlug(tx, ctx.slug);
      if (!event || event.status === 'draft') throw new AppError('not_found', 'Rencontre introuvable.');
      const confirmed = await countConfirmed(tx, event.id);
      assertRegistrationOpen(event, confirmed, ctx.now);

      if (data.idempotencyKey) {
        const existing = await findByIdempotencyKey(tx, event.id, data.idempotencyKey);
        if (existing) return replayOf(existing, event.slug);
      }
      if (await findLiveRegistrationByEmail(tx, event.id, data.email)) throw alreadyRegistered();

      const slots = await findSlotsWithSeats(tx, event.id);
      validateChoices(slots, data.workshops);
      // A full meeting puts the person on the waiting list: their choices are kept, not counted.
      const status = confirmed < event.capacity ? 'confirmed' : 'waitlisted';
      if (status === 'confirmed') assertSeatsLeft(slots, data.workshops);

      const [registration] = await tx
        .insert(registrations)
        .values({
          eventId: event.id,
          firstName: data.firstName,
          lastName: data.lastName,
          email: data.email,
          organisation: data.organisation,
          organisationType: data.organisationType,
          jobTitle: data.jobTitle,
          postcode: data.postcode,
          lunch: event.lunchProvided ? data.lunch : false,
          accessibilityNeeds: data.accessibilityNeeds,
          consentAt: ctx.now,
          status,
          idempotencyKey: data.idempotencyKey ?? null,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: registrations.id });
      await replaceChoices(tx, registration.id, data.workshops);
      const token = await mintManageLink(tx, registration.id);
      await queueRegistrationEmail(tx, status === 'confirmed' ? 'registration_confirmed' : 'registration_waitlisted', registration.id, {
        appUrl: ctx.appUrl,
        token,
      });
      return {
        id: registration.id,
        status,
        eventSlug: event.slug,
        manageUrl: manageUrl(ctx.appUrl, token),
        token,
        replayed: false,
      } satisfies RegisterResult;
    });
    return result;
  } catch (error) {
    // The unique indexes are the last guard: the same e-mail or the same request, committed meanwhile.
    const constraint = uniqueViolation(error);
    if (constraint === 'registrations_live_email_key') throw alreadyRegistered();
    if (constraint === 'registrations_idempotency_key' && data.idempotencyKey) {
      const replay = await findReplay(db, ctx.slug, data.idempotencyKey);
      if (replay) return (result = replay);
    }
    throw error;
  } finally {
    if (!result?.replayed) await hit(db, limits.perEmail, emailKey, ctx.now);
  }
}

function alreadyRegistered() {
  return new AppError(
    'already_registered',
    'Une inscription existe déjà avec cette adresse e-mail pour cette rencontre. Vous pouvez recevoir à nouveau son lien de gestion à cette adresse.',
    { email: 'Cette adresse est déjà inscrite à cette rencontre.' },
  );
}

async function findReplay(db: Database, slug: string, key: string): Promise<RegisterResult | null> {
  const [event] = await db.select({ id: events.id, slug: events.slug }).from(events).where(eq(events.slug, slug));
  if (!event) return null;
  const existing = await findByIdempotencyKey(db, event.id, key);
  return existing ? replayOf(existing, event.slug) : null;
}

function replayOf(registration: Registration, eventSlug: string): RegisterResult {
  if (registration.status === 'cancelled') throw alreadyRegistered();
  return { id: registration.id, status: registration.status, eventSlug, manageUrl: null, token: null, replayed: true };
}

function uniqueViolation(error: unknown): string | null {
  for (let e = error as { code?: string; constraint_name?: string; cause?: unknown } | undefined, i = 0; e && i < 4; i++) {
    if (e.code === '23505') return e.constraint_name ?? null;
    e = e.cause as typeof e;
  }
  return null;
}
