// The development outbox page (/dev/emails): every queued e-mail, read back from the database.
import 'server-only';
import { db as pool } from '@/db';
import type { Executor } from '@/db/connect';
import { findRecentEmails } from '@/db/queries/outbound-emails';
import type { EmailKind } from './outbox';

/**
 * On in development, or with EMAIL_OUTBOX_PAGE=1 (a staging site without a mail server). Never on
 * a public site: the messages hold people's private manage links. In production the flag is read
 * at build time (the page is prerendered as a 404 without it) and again at each request.
 */
export function outboxPageEnabled(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.EMAIL_OUTBOX_PAGE === '1';
}

export async function listOutbox(limit = 100, db: Executor = pool) {
  return findRecentEmails(db, limit);
}

/** One message of the outbox, as the page shows it. */
export type OutboxEmail = Awaited<ReturnType<typeof listOutbox>>[number];

export const EMAIL_KIND_LABELS: Record<EmailKind, string> = {
  registration_confirmed: 'Inscription confirmée',
  registration_waitlisted: 'Liste d’attente',
  registration_promoted: 'Place libérée',
  registration_changed: 'Inscription modifiée',
  registration_cancelled: 'Inscription annulée',
  registration_reminder: 'Rappel',
  manage_link: 'Lien de gestion',
  event_cancelled: 'Rencontre annulée',
  event_changed: 'Rencontre modifiée',
  account_invitation: 'Invitation',
  password_reset: 'Mot de passe',
  practice_contact: 'Contact d’une pratique',
  practice_draft_link: 'Brouillon d’enquête',
  practice_submitted: 'Réponse à l’enquête reçue',
  practice_changes_requested: 'Pratique : modifications demandées',
  practice_declined: 'Pratique refusée',
};

export const EMAIL_STATUS_LABELS = { pending: 'En attente', sent: 'Envoyé', failed: 'Échec' } as const;
