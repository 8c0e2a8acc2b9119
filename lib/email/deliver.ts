// Sends one message of the outbox. Messages are written, with their job, in the transaction of the
// change that causes them (lib/email/outbox.ts); the job (lib/jobs/tasks.ts) calls this afterwards,
// on whichever app instance's runner takes it.
import type { Executor } from '@/db/connect';
import {
  claimEmail,
  markEmailAttemptFailed,
  markEmailSent,
  requeueFailedEmail,
  requeuePendingEmail,
} from '@/db/queries/outbound-emails';
import type { OutboundEmail } from '@/db/schema';
import { drawQrCodes } from './check-in-qr';
import { singleLine } from './escape';
import { emailFrom, messageIdDomain, transportFromEnv, type MailTransport } from './transport';

/*
 * At most once, with several runners: the queue hands a job to one runner at a time, and the
 * message itself is claimed before it is sent, by one UPDATE that counts the attempt and moves
 * next_attempt_at LEASE_MS ahead (claimEmail): a second job for the same message (queued again by
 * the sweep or by hand while the first runs) finds it not due and leaves it. The claim commits at
 * once; the SMTP conversation then happens outside any transaction and the result is written
 * afterwards. The lease is far longer than one send can take with the transport's timeouts (10 s
 * to connect, 10 s for the greeting, 30 s of silence).
 *
 * Sending inside the row lock instead would hold a transaction and a pooled connection open for
 * the whole SMTP exchange. Neither way can be exact if the process dies between the server's "250
 * OK" and the write of "sent": that message is sent again once its lease is over (the sweep,
 * lib/jobs/tasks.ts, queues it again).
 *
 * Retries are ours, not the queue's: a refused message is written back with its error and a
 * next_attempt_at 30 s later, doubling up to an hour, and its job is queued for that time in the
 * same statement; after EMAIL_MAX_ATTEMPTS it is marked failed. The queue's own retries (with its
 * exponential backoff) only cover a job that throws, e.g. while the database is unreachable.
 */
export const LEASE_MS = 15 * 60_000;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/** What one job did: sent, failed and retried later, failed for good, or nothing (not due, not pending, no transport). */
export type DeliveryOutcome = 'sent' | 'retried' | 'failed' | 'skipped';

export type DeliverOptions = {
  now?: Date;
  /** Default: the SMTP_URL transport. null (or no SMTP_URL): nothing is sent, the message stays pending. */
  transport?: MailTransport | null;
  /** Default: EMAIL_MAX_ATTEMPTS, or 10. */
  maxAttempts?: number;
};

/** 30 s after the first failed attempt, doubling each time, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export function maxAttemptsFromEnv(): number {
  const value = Number(process.env.EMAIL_MAX_ATTEMPTS);
  return Number.isInteger(value) && value > 0 ? value : 10;
}

/** An error as stored in last_error: one line, short, without credentials. */
export function describeError(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(error);
  const text = [typeof e.code === 'string' ? e.code : null, message].filter(Boolean).join(': ');
  return singleLine(text)
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1***@') // user:password@ in URLs
    .replace(/\b(AUTH\s+\S+)\s+\S+/gi, '$1 ***') // credentials echoed in an SMTP AUTH command
    .slice(0, 500);
}

async function mailOf(row: OutboundEmail) {
  return {
    from: emailFrom(),
    to: row.to,
    subject: singleLine(row.subject),
    text: row.text,
    html: row.html,
    attachments: (await drawQrCodes(row.attachments)).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
      ...(a.encoding ? { encoding: a.encoding } : {}),
      ...(a.cid ? { cid: a.cid } : {}),
    })),
    // Stable across retries, so a receiving server (or a test) can tell a resend from a new message.
    messageId: `<${row.id}@${messageIdDomain()}>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

/** Sends message `id` if it is pending and due, and records the result. */
export async function deliverEmail(db: Executor, id: string, options: DeliverOptions = {}): Promise<DeliveryOutcome> {
  const now = options.now ?? new Date();
  const maxAttempts = options.maxAttempts ?? maxAttemptsFromEnv();
  const transport = options.transport === undefined ? transportFromEnv() : options.transport;
  if (!transport) return 'skipped';

  const row = await claimEmail(db, id, now, new Date(now.getTime() + LEASE_MS));
  if (!row) {
    await requeuePendingEmail(db, id);
    return 'skipped';
  }
  if (row.attempts > maxAttempts) {
    // Only a runner that died in the middle of the last attempt leaves such a row behind.
    await markEmailAttemptFailed(db, row.id, `Abandonné après ${maxAttempts} tentatives (${row.lastError ?? 'envoi interrompu'})`.slice(0, 500), null);
    return 'failed';
  }
  try {
    await transport.sendMail(await mailOf(row));
  } catch (error) {
    const message = describeError(error);
    const giveUp = row.attempts >= maxAttempts;
    await markEmailAttemptFailed(db, row.id, message, giveUp ? null : new Date(now.getTime() + retryDelayMs(row.attempts)));
    console.warn(`[email] ${row.kind} ${row.id}: attempt ${row.attempts}/${maxAttempts} failed: ${message}`);
    return giveUp ? 'failed' : 'retried';
  }
  await markEmailSent(db, row.id, now);
  return 'sent';
}

/** Staff action: a failed message goes back to the queue, due now, with all its attempts again and a new job. */
export async function retryEmail(db: Executor, id: string, now = new Date()): Promise<boolean> {
  return requeueFailedEmail(db, id, now);
}
