// What an attendee does through their private link: see, change choices and lunch, cancel.
import { db as pool } from '@/db';
import type { Database, Executor } from '@/db/connect';
import { findEventBySlug } from '@/db/queries/events';
import {
  findByManageTokenHash,
  findChoices,
  findLiveRegistrationByEmail,
  findRegistration,
  lockEventById,
  markCancelled,
  replaceChoices,
  updateLunch,
} from '@/db/queries/registrations';
import { findSeats } from '@/db/queries/seats';
import type { Event, Registration } from '@/db/schema';
import type { ActionResult } from '@/lib/action-result';
import { eventChanged } from '@/lib/effects';
import { AppError } from '@/lib/errors';
import { hit, rateLimitedError, registrationLimits } from '@/lib/rate-limit';
import { isValidSlug } from '@/lib/slug';
import { hashToken, isWellFormedToken } from '@/lib/tokens';
import { assertSeatsLeft, validateChoices } from './choices';
import { queueRegistrationEmail } from './notify';
import { promoteFromWaitlist } from './promote';
import { changeSchema, fieldErrors } from './schema';

type Ctx = { now: Date; appUrl: string };

/** What the forms of the private page are told. */
export type ManageState = ActionResult<{ message: string }> | null;

const invalidLink = () =>
  new AppError(
    'not_found',
    "Ce lien d'inscription n'est pas valide. Vérifiez qu'il est complet, ou demandez un nouveau lien depuis la page d'inscription de la rencontre.",
  );

async function findByToken(tx: Executor, token: string) {
  if (!isWellFormedToken(token)) throw invalidLink();
  const row = await findByManageTokenHash(tx, hashToken(token));
  if (!row) throw invalidLink();
  return row;
}

/** Locks the event, then reads the registration again: its status cannot change until commit. */
async function lockForChange(tx: Executor, token: string, now: Date): Promise<{ event: Event; registration: Registration }> {
  const { registration } = await findByToken(tx, token);
  const event = (await lockEventById(tx, registration.eventId))!;
  const fresh = (await findRegistration(tx, registration.id))!;
  if (fresh.status === 'cancelled') throw new AppError('registration_closed', 'Cette inscription est annulée : elle ne peut plus être modifiée.');
  if (event.status === 'cancelled') throw new AppError('registration_closed', 'Cette rencontre est annulée : l’inscription ne peut plus être modifiée.');
  if (now >= event.startsAt) throw new AppError('registration_closed', 'Cette rencontre a commencé : l’inscription ne peut plus être modifiée.');
  return { event, registration: fresh };
}

/** Whether `token` is a private link of a registration (the page gate answers 404 when it is not). */
export async function assertManageLink(token: string, db: Executor = pool): Promise<void> {
  await findByToken(db, token);
}

export async function getManagedRegistration(token: string, db: Database = pool) {
  const { registration, event } = await findByToken(db, token);
  const [{ slots }, choices] = await Promise.all([findSeats(db, event.id), findChoices(db, [registration.id])]);
  return {
    registration,
    event,
    slots,
    choices: Object.fromEntries(choices.map((c) => [c.slotId, c.workshopId])) as Record<string, string>,
  };
}
export type ManagedRegistration = Awaited<ReturnType<typeof getManagedRegistration>>;

export async function changeRegistration(token: string, input: unknown, ctx: Ctx, db: Database = pool) {
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) throw new AppError('validation_failed', 'Certaines informations sont à corriger.', fieldErrors(parsed.error));
  return db.transaction(async (tx) => {
    const { event, registration } = await lockForChange(tx, token, ctx.now);
    const { slots } = await findSeats(tx, event.id);
    validateChoices(slots, parsed.data.workshops);
    const current = Object.fromEntries((await findChoices(tx, [registration.id])).map((c) => [c.slotId, c.workshopId]));
    const lunch = event.lunchProvided ? parsed.data.lunch : false;
    const choicesChanged = slots.some((s) => current[s.id] !== parsed.data.workshops[s.id]);
    if (!choicesChanged && lunch === registration.lunch) return { changed: false, eventSlug: event.slug, effects: [] };
    // Keeping one's own workshop needs no new seat; moving to another needs a free one.
    if (registration.status === 'confirmed') assertSeatsLeft(slots, parsed.data.workshops, current);
    await replaceChoices(tx, registration.id, parsed.data.workshops);
    await updateLunch(tx, registration.id, lunch, ctx.now);
    await queueRegistrationEmail(tx, 'registration_changed', registration.id, { appUrl: ctx.appUrl, token });
    // A seat left in a workshop may be what a waitlisted person was waiting for.
    if (choicesChanged && registration.status === 'confirmed') await promoteFromWaitlist(tx, event, ctx);
    return { changed: true, eventSlug: event.slug, effects: [eventChanged(event.slug)] };
  });
}

export async function cancelRegistration(token: string, ctx: Ctx, db: Database = pool) {
  return db.transaction(async (tx) => {
    const { event, registration } = await lockForChange(tx, token, ctx.now);
    await markCancelled(tx, registration.id, ctx.now);
    await queueRegistrationEmail(tx, 'registration_cancelled', registration.id, { appUrl: ctx.appUrl, token: null });
    const promoted = registration.status === 'confirmed' ? await promoteFromWaitlist(tx, event, ctx) : [];
    return { eventSlug: event.slug, promoted, effects: [eventChanged(event.slug)] };
  });
}

export const RESEND_MESSAGE =
  "Si une inscription à cette rencontre existe pour cette adresse, un nouveau lien de gestion vient d'y être envoyé.";

/** Sends a new private link to the address of a live registration; says the same either way. */
export async function resendManageLink(slug: string, email: string, ctx: Ctx & { ip?: string | null }, db: Database = pool) {
  const address = email.trim();
  // PostgreSQL's text cannot hold a NUL character: such an address is simply not a valid one.
  if (!address || address.length > 254 || address.includes('\u0000')) throw new AppError('validation_failed', 'Indiquez votre adresse e-mail.', { email: 'Indiquez votre adresse e-mail.' });
  const limits = registrationLimits();
  if (ctx.ip && !(await hit(db, limits.perIp, ctx.ip, ctx.now))) throw rateLimitedError(limits.perIp.windowSeconds);
  if (!(await hit(db, limits.perEmail, address.toLowerCase(), ctx.now))) throw rateLimitedError(limits.perEmail.windowSeconds);
  // Not an event's slug: the same answer as for an event without this address.
  if (!isValidSlug(slug)) return { message: RESEND_MESSAGE };
  await db.transaction(async (tx) => {
    const event = await findEventBySlug(tx, slug);
    if (!event || event.status === 'draft') return;
    const live = await findLiveRegistrationByEmail(tx, event.id, address);
    if (live) await queueRegistrationEmail(tx, 'manage_link', live.id, { appUrl: ctx.appUrl });
  });
  return { message: RESEND_MESSAGE };
}
