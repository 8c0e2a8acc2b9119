// Every e-mail the platform sends is first written to outbound_emails, with the job that sends it,
// in the same transaction as the change that causes it; the job runs as soon as that transaction
// commits (lib/jobs/tasks.ts, lib/email/deliver.ts).
import type { Executor } from '@/db/connect';
import { insertOutboundEmail } from '@/db/queries/outbound-emails';
import type { EmailAttachment } from '@/db/schema';

export type EmailKind =
  | 'registration_confirmed'
  | 'registration_waitlisted'
  | 'registration_promoted'
  | 'registration_changed'
  | 'registration_cancelled'
  | 'registration_reminder'
  | 'manage_link'
  | 'event_cancelled'
  | 'event_changed'
  | 'account_invitation'
  | 'password_reset'
  | 'practice_contact'
  | 'practice_draft_link'
  | 'practice_submitted'
  | 'practice_changes_requested'
  | 'practice_declined';

export type { EmailAttachment };

export type OutgoingEmail = {
  kind: EmailKind;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
  registrationId?: string | null;
};

export async function enqueueEmail(tx: Executor, email: OutgoingEmail): Promise<string> {
  return insertOutboundEmail(tx, {
    kind: email.kind,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    attachments: email.attachments ?? [],
    registrationId: email.registrationId ?? null,
  });
}
