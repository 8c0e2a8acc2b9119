// The contact form of a published practice: the message goes to the respondent by e-mail (the
// outbox), never their address to the visitor. Only if they agreed to be contacted; rate limited
// per visitor's address and per IP so the form cannot be used to flood someone.
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findPracticeContact } from '@/db/queries/practices-public';
import { practiceContactEmail } from '@/lib/email/practice-emails';
import { enqueueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { hit, rateLimitedError, type RateLimitRule } from '@/lib/rate-limit';
import { fieldErrors } from '@/lib/registrations/schema';
import { isValidSlug } from '@/lib/slug';
import { contactSchema } from './contact-schema';

export const CONTACT_LIMITS = {
  perIp: { name: 'practice-contact:ip', max: 10, windowSeconds: 3600 },
  perEmail: { name: 'practice-contact:email', max: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

export type ContactContext = { now: Date; ip: string | null; appUrl: string };

export async function sendPracticeContact(slug: string, input: unknown, ctx: ContactContext, db: Executor = pool) {
  let parsed;
  try {
    parsed = contactSchema.safeParse(input);
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    throw new AppError('validation_failed', 'Certaines informations sont à corriger.', parsed ? fieldErrors(parsed.error) : undefined);
  }
  const practice = isValidSlug(slug) ? await findPracticeContact(db, slug) : null;
  if (!practice?.slug) throw new AppError('not_found', 'Pratique introuvable.');
  if (!practice.consentContactAt) {
    throw new AppError('forbidden', 'La structure porteuse de cette pratique n’a pas souhaité être contactée par ce formulaire.');
  }
  const sender = parsed.data;
  if (ctx.ip && !(await hit(db, CONTACT_LIMITS.perIp, ctx.ip, ctx.now))) throw rateLimitedError(CONTACT_LIMITS.perIp.windowSeconds);
  if (!(await hit(db, CONTACT_LIMITS.perEmail, sender.email.toLowerCase(), ctx.now))) {
    throw rateLimitedError(CONTACT_LIMITS.perEmail.windowSeconds);
  }
  const email = practiceContactEmail({
    to: practice.email,
    respondentName: practice.name,
    practiceTitle: practice.title,
    practiceUrl: `${ctx.appUrl}/pratiques/${practice.slug}`,
    sender,
  });
  await enqueueEmail(db, email);
  return { message: 'Votre message a été transmis à la structure porteuse de la pratique. Elle vous répondra directement à votre adresse.' };
}
