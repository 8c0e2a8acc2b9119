// Registering an attendee: one use case for the form's server action and the HTTP API.
import { createHash, randomUUID } from 'node:crypto';
import { db as pool } from '@/db';
import type { Database } from '@/db/connect';
import { foreignKeyViolation, uniqueViolation } from '@/db/errors';
import { findEventBySlug } from '@/db/queries/events';
import { findByIdempotencyKey, findLiveRegistrationByEmail, insertRegistrationWithEmail, lockEventById } from '@/db/queries/registrations';
import { findSeats, type SlotWithSeats } from '@/db/queries/seats';
import type { Event, Registration } from '@/db/schema';
import { registrationEmailData, type RegistrationEmailData } from '@/lib/email/registration-data';
import { composeRegistrationEmail } from '@/lib/email/registration-email';
import { eventChanged, type Effect } from '@/lib/effects';
import { AppError } from '@/lib/errors';
import { allows, hit, rateLimitedError, registrationLimits } from '@/lib/rate-limit';
import { isValidSlug } from '@/lib/slug';
import { generateToken, hashToken } from '@/lib/tokens';
import { assertSeatsLeft, validateChoices } from './choices';
import { manageUrl } from './notify';
import { fieldErrors, registrationSchema, type RegistrationInput } from './schema';
import { assertRegistrationOpen } from '@/lib/events/registration-window';

export type RegisterContext = { slug: string; now: Date; appUrl: string; ip?: string | null };

export type RegisterResult = {
  id: string;
  status: 'confirmed' | 'waitlisted';
  eventSlug: string;
  /** The private link; null when the same request is replayed (the link went out by e-mail). */
  manageUrl: string | null;
  token: string | null;
  replayed: boolean;
  effects: Effect[];
};

export const INVALID_INPUT_MESSAGE = 'Certaines informations sont à corriger.';

export async function registerAttendee(input: unknown, ctx: RegisterContext, db: Database = pool): Promise<RegisterResult> {
  const parsed = parseInput(input);
  if (!parsed.success) throw new AppError('validation_failed', INVALID_INPUT_MESSAGE, parsed.error ? fieldErrors(parsed.error) : undefined);
  const data = parsed.data;
  // Not an event's slug (the events_slug_format constraint): no query for it, a NUL byte included.
  if (!isValidSlug(ctx.slug)) throw new AppError('not_found', 'Rencontre introuvable.');

  const event = await findEventBySlug(db, ctx.slug);
  if (!event || event.status === 'draft') throw new AppError('not_found', 'Rencontre introuvable.');
  // A retried request (double click, lost answer) finds its registration before anything counts.
  const requestHash = data.idempotencyKey ? hashRequest(data) : null;
  if (data.idempotencyKey) {
    const replay = await findReplay(db, event, data.idempotencyKey, requestHash);
    if (replay) return replay;
  }

  // Counted outside the transaction, so refused attempts count too. The e-mail's count is taken
  // after the attempt, so that a retried request that turns out to be a replay costs nothing.
  const limits = registrationLimits();
  const emailKey = data.email.toLowerCase();
  if (ctx.ip && !(await hit(db, limits.perIp, ctx.ip, ctx.now))) throw rateLimitedError(limits.perIp.windowSeconds);
  if (!(await allows(db, limits.perEmail, emailKey, ctx.now))) throw rateLimitedError(limits.perEmail.windowSeconds);

  // Everything that does not need the event's lock happens before it: the event and its
  // workshops, the checks of the choices and of the e-mail, the private link and the e-mail itself
  // (with its QR code and calendar file). Under the lock: the seats are counted again and the
  // registration is written in one statement.
  const [{ confirmed: confirmedBefore, slots: slotsBefore }, existing] = await Promise.all([
    // The workshops' seats are only counted under the lock: here they would cost a count for nothing.
    findSeats(db, event.id, { workshopSeats: false }),
    findLiveRegistrationByEmail(db, event.id, data.email),
  ]);
  assertRegistrationOpen(event, confirmedBefore, ctx.now);
  validateChoices(slotsBefore, data.workshops);
  if (existing) {
    // The same request, committed since the check above: its answer again.
    const replay = data.idempotencyKey ? await findReplay(db, event, data.idempotencyKey, requestHash) : null;
    if (replay) return replay;
    throw alreadyRegistered();
  }

  const id = randomUUID();
  const token = generateToken();
  const row = {
    id,
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
    idempotencyKey: data.idempotencyKey ?? null,
    idempotencyHash: requestHash,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const emailData = (status: 'confirmed' | 'waitlisted', event: Event, slots: SlotWithSeats[]) =>
    registrationEmailData({ ...row, status, lunch: event.lunchProvided ? data.lunch : false }, event, slots, data.workshops, {
      appUrl: ctx.appUrl,
      manageUrl: manageUrl(ctx.appUrl, token),
    });
  const emailOf = (content: RegistrationEmailData) =>
    composeRegistrationEmail(content.status === 'confirmed' ? 'registration_confirmed' : 'registration_waitlisted', content, { appUrl: ctx.appUrl, now: ctx.now });
  // The likely e-mail is composed now; it is composed again under the lock only if the event
  // filled up or its details changed meanwhile.
  const likely = emailData(confirmedBefore < event.capacity ? 'confirmed' : 'waitlisted', event, slotsBefore);
  const likelyEmail = await emailOf(likely);

  let result: RegisterResult | null = null;
  try {
    result = await db.transaction(async (tx) => {
      const locked = await lockEventById(tx, event.id);
      if (!locked || locked.status === 'draft') throw new AppError('not_found', 'Rencontre introuvable.');
      // Counted and checked again under the lock: workshops added, removed or resized meanwhile too.
      const { confirmed, slots } = await findSeats(tx, event.id);
      assertRegistrationOpen(locked, confirmed, ctx.now);
      validateChoices(slots, data.workshops);
      // A full event puts the person on the waiting list: their choices are kept, not counted.
      const status = confirmed < locked.capacity ? 'confirmed' : 'waitlisted';
      if (status === 'confirmed') assertSeatsLeft(slots, data.workshops);
      const final = emailData(status, locked, slots);
      const email = sameEmail(final, likely) ? likelyEmail : await emailOf(final);
      const lunch = locked.lunchProvided ? data.lunch : false;
      await insertRegistrationWithEmail(tx, { ...row, status, lunch }, data.workshops, hashToken(token), { ...email, attachments: email.attachments ?? [] });
      return { id, status, eventSlug: event.slug, manageUrl: manageUrl(ctx.appUrl, token), token, replayed: false, effects: [eventChanged(event.slug)] } satisfies RegisterResult;
    });
    return result;
  } catch (error) {
    // The unique indexes are the last guard: the same e-mail or the same request, committed meanwhile.
    const constraint = uniqueViolation(error);
    if ((constraint === 'registrations_idempotency_key' || constraint === 'registrations_live_email_key') && data.idempotencyKey) {
      const replay = await findReplay(db, event, data.idempotencyKey, requestHash);
      if (replay) return (result = replay);
    }
    if (constraint === 'registrations_live_email_key') throw alreadyRegistered();
    // A workshop or a slot deleted between the check and the write (agenda edits take no lock).
    if (foreignKeyViolation(error)?.startsWith('workshop_choices_')) {
      throw new AppError('validation_failed', 'Certains choix d’ateliers sont à corriger.', { workshops: 'Un atelier choisi vient d’être retiré du programme. Choisissez à nouveau.' });
    }
    throw error;
  } finally {
    if (!result?.replayed) await hit(db, limits.perEmail, emailKey, ctx.now);
  }
}

/**
 * A server action's arguments can hold values that throw when read (React's temporary references,
 * from a crafted request): such an input is invalid, not an internal error.
 */
function parseInput(input: unknown) {
  try {
    return registrationSchema.safeParse(input);
  } catch {
    return { success: false as const, error: null };
  }
}

function alreadyRegistered() {
  return new AppError(
    'already_registered',
    'Une inscription existe déjà avec cette adresse e-mail pour cette rencontre. Vous pouvez recevoir à nouveau son lien de gestion à cette adresse.',
    { email: 'Cette adresse est déjà inscrite à cette rencontre.' },
  );
}

async function findReplay(db: Database, event: Pick<Event, 'id' | 'slug'>, key: string, requestHash: string | null): Promise<RegisterResult | null> {
  const existing = await findByIdempotencyKey(db, event.id, key);
  if (!existing) return null;
  // A key bound to another request (rows written before the hash existed have none): not a retry.
  if (existing.idempotencyHash && existing.idempotencyHash !== requestHash) {
    throw new AppError(
      'idempotency_key_reused',
      'Cette clé d’idempotence a déjà servi pour une autre demande d’inscription. Utilisez une nouvelle clé.',
    );
  }
  return replayOf(existing, event.slug);
}

/** SHA-256 of the parsed request, keys sorted, the key itself left out: what a retry repeats. */
function hashRequest(data: RegistrationInput): string {
  const { idempotencyKey: _key, ...rest } = data;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function replayOf(registration: Registration, eventSlug: string): RegisterResult {
  if (registration.status === 'cancelled') throw alreadyRegistered();
  return { id: registration.id, status: registration.status, eventSlug, manageUrl: null, token: null, replayed: true, effects: [] };
}

/** Whether two e-mails of the same registration would say the same: status, event and workshops. */
function sameEmail(a: RegistrationEmailData, b: RegistrationEmailData): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
