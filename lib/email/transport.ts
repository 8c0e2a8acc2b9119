// The SMTP connection, from SMTP_URL. Without it there is no transport: messages stay pending in
// outbound_emails (listed at /dev/emails in development) and go out once SMTP_URL is set.
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

export const DEFAULT_FROM = 'Tour de France de la clause sociale <ne-pas-repondre@tour-clause-sociale.example.org>';

/** What delivery needs from a transport; tests may pass any object with this method. */
export type MailTransport = Pick<Transporter<SMTPTransport.SentMessageInfo>, 'sendMail'>;

/**
 * A nodemailer SMTP transport, e.g. createSmtpTransport('smtp://user:pass@host:587').
 * Timeouts are short so that a dead or silent server fails one attempt quickly instead of holding
 * the worker (and the message's lease) for minutes.
 */
export function createSmtpTransport(url: string, options: Partial<SMTPTransport.Options> = {}): Transporter<SMTPTransport.SentMessageInfo> {
  return nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
    ...options,
  });
}

const cache = globalThis as unknown as { tourMailTransport?: { url: string; transport: Transporter<SMTPTransport.SentMessageInfo> } };

/** The transport of SMTP_URL (one per process), or null when SMTP_URL is not set. */
export function transportFromEnv(): Transporter<SMTPTransport.SentMessageInfo> | null {
  const url = process.env.SMTP_URL?.trim();
  if (!url) return null;
  if (cache.tourMailTransport?.url !== url) cache.tourMailTransport = { url, transport: createSmtpTransport(url) };
  return cache.tourMailTransport.transport;
}

/** The From header: SMTP_FROM or the platform's no-reply address. */
export function emailFrom(): string {
  return process.env.SMTP_FROM?.trim() || DEFAULT_FROM;
}

/** The domain for Message-IDs: the From address's, so they look like the sender's own. */
export function messageIdDomain(from = emailFrom()): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match ? match[1].toLowerCase() : 'tour-clause-sociale.example.org';
}
