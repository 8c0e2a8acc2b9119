// Delivery of the outbox through a real SMTP server: retries with backoff while the server is down,
// each message delivered exactly once when it is back, even with two senders at the same time.
// Each test runs, for its own messages, what the runner's send_email jobs run (deliverEmail), with
// an injected clock; tests/jobs/runner.db.test.ts drives the same through the real job runner.
//
// These tests date their own messages in the early 2000s and deliver "as of" then; each test uses
// an earlier era than the one before, so a message left pending by one test is not yet due in the next.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outboundEmails } from '@/db/schema';
import { deliverEmail, retryEmail, type DeliverOptions } from '@/lib/email/deliver';
import { composeRegistrationEmail } from '@/lib/email/registration-email';
import { enqueueEmail } from '@/lib/email/outbox';
import type { RegistrationEmailData } from '@/lib/email/registration-data';
import { registrationEmail } from '@/lib/email/templates';
import { createSmtpTransport, messageIdDomain, type MailTransport } from '@/lib/email/transport';
import { parisTime } from '@/lib/time';
import { testDatabase, uniqueEmail } from '../support/db';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

const { sql, db } = testDatabase();
const MINUTE = 60_000;
let era = Date.UTC(2010, 0, 1, 8, 0);
/** A fresh instant, earlier than every one handed out before in this file. */
const nextEra = () => new Date((era -= 365 * 24 * 60 * MINUTE));

let smtp: TestSmtpServer;
beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {}); // each failed attempt is logged
  smtp = await startSmtpServer({ accept: false });
});
afterAll(async () => {
  await smtp.close();
  await sql.end();
});

function emailData(to: string): RegistrationEmailData {
  return {
    registrationId: '00000000-0000-4000-8000-000000000000',
    firstName: 'Dominique',
    lastName: 'Test',
    email: to,
    status: 'confirmed',
    lunch: true,
    manageUrl: 'https://tour.example.org/inscription/jeton-de-test',
    event: {
      id: '00000000-0000-4000-8000-000000000001',
      slug: 'rencontre-de-test',
      title: 'Rencontre de test',
      startsAt: parisTime('2030-03-14', '09:30'),
      endsAt: parisTime('2030-03-14', '16:30'),
      timeZone: 'Europe/Paris',
      calendarSequence: 0,
      venueName: 'Salle de test',
      venueAddress: '1 rue du Test',
      venuePostcode: '34000',
      venueCity: 'Montpellier',
      contactEmail: 'contact@test.example.org',
      lunchProvided: true,
      url: 'https://tour.example.org/rencontres/rencontre-de-test',
    },
    choices: [],
  };
}

/** Queues `n` confirmation e-mails (with their .ics) due at `dueAt`; returns their ids. */
async function queue(n: number, dueAt: Date): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const email = registrationEmail('registration_confirmed', emailData(uniqueEmail('livraison')), { now: dueAt });
    ids.push(await enqueueEmail(db, { ...email, registrationId: null }));
  }
  await db.update(outboundEmails).set({ nextAttemptAt: dueAt }).where(inArray(outboundEmails.id, ids));
  return ids;
}

async function rows(ids: string[]) {
  const found = await db.select().from(outboundEmails).where(inArray(outboundEmails.id, ids));
  return ids.map((id) => found.find((r) => r.id === id)!);
}

const messageId = (id: string) => `<${id}@${messageIdDomain()}>`;

/** The send_email job of each message, one after the other: how many were sent, failed for good, retried later. */
async function deliver(executor: typeof db, ids: string[], options: DeliverOptions) {
  const result = { sent: 0, failed: 0, retried: 0 };
  for (const id of ids) {
    const outcome = await deliverEmail(executor, id, options);
    if (outcome !== 'skipped') result[outcome]++;
  }
  return result;
}

describe('deliverEmail with an SMTP server that is down, then back', () => {
  it('keeps messages pending with a backoff, then delivers each exactly once', async () => {
    const transport = createSmtpTransport(smtp.url, { ignoreTLS: true });
    const t0 = nextEra();
    const ids = await queue(2, t0);
    smtp.state.accept = false;

    expect(await deliver(db, ids, { now: t0, transport })).toEqual({ sent: 0, failed: 0, retried: 2 });
    for (const row of await rows(ids)) {
      expect(row.status).toBe('pending');
      expect(row.attempts).toBe(1);
      expect(row.sentAt).toBeNull();
      expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);
      expect(row.lastError).toContain('451');
    }
    expect(smtp.state.refused).toBeGreaterThanOrEqual(2);

    // Same instant: both are waiting for their retry.
    expect(await deliver(db, ids, { now: t0, transport })).toEqual({ sent: 0, failed: 0, retried: 0 });

    smtp.state.accept = true;
    const t1 = new Date(t0.getTime() + MINUTE);
    expect(await deliver(db, ids, { now: t1, transport })).toEqual({ sent: 2, failed: 0, retried: 0 });
    for (const row of await rows(ids)) {
      expect(row.status).toBe('sent');
      expect(row.sentAt?.getTime()).toBe(t1.getTime());
      expect(row.attempts).toBe(2);
      expect(smtp.count(messageId(row.id))).toBe(1);
      const received = smtp.state.received.find((m) => m.messageId === messageId(row.id))!;
      expect(received.to).toEqual([row.to]);
      expect(received.raw).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/im);
      expect(received.raw).toContain('filename=rencontre-de-test.ics');
      expect(received.raw).toMatch(/^Content-Type: text\/html/im);
    }

    expect(await deliver(db, ids, { now: new Date(t1.getTime() + 10 * MINUTE), transport })).toEqual({ sent: 0, failed: 0, retried: 0 });
    for (const id of ids) expect(smtp.count(messageId(id))).toBe(1);
    transport.close();
  });

  it('sends nothing without a transport: messages stay pending', async () => {
    const t0 = nextEra();
    const [id] = await queue(1, t0);
    expect(await deliver(db, [id], { now: t0, transport: null })).toEqual({ sent: 0, failed: 0, retried: 0 });
    const [row] = await rows([id]);
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(0);
    // Leave nothing due for the later (earlier-dated) tests.
    await db.update(outboundEmails).set({ status: 'failed' }).where(eq(outboundEmails.id, id));
  });
});

describe('two senders at once', () => {
  it('deliver each pending message exactly once', async () => {
    const slowSmtp = await startSmtpServer({ accept: true, delayMs: 30 });
    const other = testDatabase();
    try {
      const t0 = nextEra();
      const ids = await queue(8, t0);
      const [a, b] = await Promise.all([
        deliver(db, ids, { now: t0, transport: createSmtpTransport(slowSmtp.url, { ignoreTLS: true }) }),
        deliver(other.db, ids, { now: t0, transport: createSmtpTransport(slowSmtp.url, { ignoreTLS: true }) }),
      ]);
      expect(a.sent + b.sent).toBe(8);
      expect(a.retried + b.retried + a.failed + b.failed).toBe(0);
      for (const row of await rows(ids)) {
        expect(row.status).toBe('sent');
        expect(row.attempts).toBe(1);
        expect(slowSmtp.count(messageId(row.id))).toBe(1);
      }
      expect(slowSmtp.state.received).toHaveLength(8);
    } finally {
      await other.sql.end();
      await slowSmtp.close();
    }
  });

  it('do not take a message whose delivery is in progress elsewhere (lease)', async () => {
    const t0 = nextEra();
    const [id] = await queue(1, t0);
    let release!: () => void;
    let started!: () => void;
    const sending = new Promise<void>((resolve) => (started = resolve));
    const hanging: MailTransport = {
      sendMail: (async () => {
        started();
        await new Promise<void>((resolve) => (release = resolve));
        return {};
      }) as unknown as MailTransport['sendMail'],
    };
    const calls: string[] = [];
    const recording: MailTransport = {
      sendMail: (async (mail: { messageId: string }) => {
        calls.push(mail.messageId);
        return {};
      }) as unknown as MailTransport['sendMail'],
    };
    const first = deliver(db, [id], { now: t0, transport: hanging });
    await sending;
    // A second worker, a few minutes later, while the first still talks to the server.
    expect(await deliver(db, [id], { now: new Date(t0.getTime() + 5 * MINUTE), transport: recording })).toEqual({ sent: 0, failed: 0, retried: 0 });
    release();
    expect(await first).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(calls).toEqual([]);
    const [row] = await rows([id]);
    expect(row.status).toBe('sent');
  });
});

describe('giving up and retrying by hand', () => {
  it('marks a message failed after the last attempt, without secrets in the error, and retryEmail puts it back', async () => {
    const t0 = nextEra();
    const [id] = await queue(1, t0);
    const broken: MailTransport = {
      sendMail: (async () => {
        throw Object.assign(new Error('connect ECONNREFUSED smtp://mailer:s3cr3t-pass@mail.example.org:587\r\nsecond line'), {
          code: 'ECONNECTION',
        });
      }) as unknown as MailTransport['sendMail'],
    };
    const maxAttempts = 3;
    let now = t0;
    const results = [];
    for (let i = 0; i < maxAttempts; i++) {
      results.push(await deliver(db, [id], { now, transport: broken, maxAttempts }));
      now = new Date(now.getTime() + 2 * 60 * MINUTE); // past the longest backoff
    }
    expect(results).toEqual([
      { sent: 0, failed: 0, retried: 1 },
      { sent: 0, failed: 0, retried: 1 },
      { sent: 0, failed: 1, retried: 0 },
    ]);
    let [row] = await rows([id]);
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(3);
    expect(row.lastError).toContain('ECONNECTION');
    expect(row.lastError).not.toContain('s3cr3t');
    expect(row.lastError).not.toMatch(/[\r\n]/);

    // Failed messages are not tried again on their own.
    expect(await deliver(db, [id], { now, transport: broken, maxAttempts })).toEqual({ sent: 0, failed: 0, retried: 0 });

    expect(await retryEmail(db, id, now)).toBe(true);
    [row] = await rows([id]);
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(0);
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime());

    const ok: MailTransport = { sendMail: (async () => ({})) as unknown as MailTransport['sendMail'] };
    expect(await deliver(db, [id], { now, transport: ok, maxAttempts })).toEqual({ sent: 1, failed: 0, retried: 0 });
    // Only a failed message can be put back.
    expect(await retryEmail(db, id, now)).toBe(false);
    [row] = await rows([id]);
    expect(row.status).toBe('sent');
  });

  it('doubles the wait after each failure, up to an hour', async () => {
    const t0 = nextEra();
    const [id] = await queue(1, t0);
    const broken: MailTransport = { sendMail: (async () => Promise.reject(new Error('down'))) as unknown as MailTransport['sendMail'] };
    const waits: number[] = [];
    let now = t0;
    for (let i = 0; i < 9; i++) {
      await deliver(db, [id], { now, transport: broken, maxAttempts: 20 });
      const [row] = await rows([id]);
      waits.push((row.nextAttemptAt.getTime() - now.getTime()) / 1000);
      now = row.nextAttemptAt;
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    await db.update(outboundEmails).set({ status: 'failed' }).where(eq(outboundEmails.id, id));
  });
});

describe('deliverEmail and the QR code of the check-in link', () => {
  it('draws the PNG when it sends: queued without its image, delivered inline with it', async () => {
    vi.stubEnv('AUTH_SECRET', 'secret-de-test');
    try {
      const t0 = nextEra();
      const email = await composeRegistrationEmail('registration_confirmed', emailData(uniqueEmail('qr')), { appUrl: 'https://tour.example.org', now: t0 });
      const id = await enqueueEmail(db, { ...email, registrationId: null });
      await db.update(outboundEmails).set({ nextAttemptAt: t0 }).where(eq(outboundEmails.id, id));
      const [queued] = await rows([id]);
      const qr = queued.attachments.find((a) => a.cid)!;
      expect(qr).toMatchObject({ contentType: 'image/png', content: '', qrCodeOf: expect.stringContaining('https://tour.example.org/espace/accueil/') });

      smtp.state.accept = true;
      const transport = createSmtpTransport(smtp.url, { ignoreTLS: true });
      expect(await deliver(db, [id], { now: t0, transport })).toEqual({ sent: 1, failed: 0, retried: 0 });
      const received = smtp.state.received.find((m) => m.messageId === messageId(id))!;
      expect(received.raw).toMatch(/^Content-Type: image\/png; name=qr-code-accueil\.png/im);
      expect(received.raw).toContain(`Content-ID: <${qr.cid}>`);
      // The base64 of a PNG signature.
      expect(received.raw).toContain('iVBORw0KGgo');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
