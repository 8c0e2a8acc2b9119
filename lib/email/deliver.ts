// Sends what the outbox holds. Messages are written in the transaction of the change that causes
// them (lib/email/outbox.ts); this runs afterwards, in the worker, on every app instance at once.
import type { Executor } from '@/db/connect';
import {
  claimDueEmail,
  markEmailAttemptFailed,
  markEmailSent,
  requeueFailedEmail,
} from '@/db/queries/outbound-emails';
import type { OutboundEmail } from '@/db/schema';
import { drawQrCodes } from './check-in-qr';
import { singleLine } from './escape';
import { emailFrom, messageIdDomain, transportFromEnv, type MailTransport } from './transport';

/*
 * At most once, with several workers: each message is claimed before it is sent, by one UPDATE
 * that locks the row with FOR UPDATE SKIP LOCKED, counts the attempt and moves next_attempt_at
 * LEASE_MS ahead (claimDueEmail). The claim commits at once; the SMTP conversation then happens
 * outside any transaction and the result is written afterwards. Another worker cannot pick the
 * message while the lease runs, and the lease is far longer than one send can take with the
 * transport's timeouts (10 s to connect, 10 s for the greeting, 30 s of silence).
 *
 * Sending inside the row lock instead would hold a transaction and a pooled connection open for
 * the whole SMTP exchange. Neither way can be exact if the process dies between the server's "250
 * OK" and the write of "sent": that message is sent again when its lease ends. Messages are
 * claimed one by one so that a lease only has to cover a single send.
 */
export const LEASE_MS = 15 * 60_000;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;

export type DeliveryResult = { sent: number; failed: number; retried: number };

export type DeliverOptions = {
  now?: Date;
  /** Messages handled in this pass at most. */
  limit?: number;
  /** Default: the SMTP_URL transport. null (or no SMTP_URL): nothing is sent, messages stay pending. */
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

/** Sends the due messages, one claim at a time, and records each result. */
export async function deliverDueEmails(db: Executor, options: DeliverOptions = {}): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 20;
  const maxAttempts = options.maxAttempts ?? maxAttemptsFromEnv();
  const transport = options.transport === undefined ? transportFromEnv() : options.transport;
  const result: DeliveryResult = { sent: 0, failed: 0, retried: 0 };
  if (!transport) return result;

  for (let handled = 0; handled < limit; handled++) {
    const row = await claimDueEmail(db, now, new Date(now.getTime() + LEASE_MS));
    if (!row) break;
    if (row.attempts > maxAttempts) {
      // Only a worker that died in the middle of the last attempt leaves such a row behind.
      await markEmailAttemptFailed(db, row.id, `Abandonné après ${maxAttempts} tentatives (${row.lastError ?? 'envoi interrompu'})`.slice(0, 500), null);
      result.failed++;
      continue;
    }
    try {
      await transport.sendMail(await mailOf(row));
    } catch (error) {
      const message = describeError(error);
      const giveUp = row.attempts >= maxAttempts;
      await markEmailAttemptFailed(db, row.id, message, giveUp ? null : new Date(now.getTime() + retryDelayMs(row.attempts)));
      if (giveUp) result.failed++;
      else result.retried++;
      console.warn(`[email] ${row.kind} ${row.id}: attempt ${row.attempts}/${maxAttempts} failed: ${message}`);
      continue;
    }
    await markEmailSent(db, row.id, now);
    result.sent++;
  }
  return result;
}

/** Staff action: a failed message goes back to the queue, due now, with all its attempts again. */
export async function retryEmail(db: Executor, id: string, now = new Date()): Promise<boolean> {
  return requeueFailedEmail(db, id, now);
}
