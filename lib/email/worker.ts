// The background loop of each app process (started by instrumentation.ts): delivers due e-mails
// every few seconds, queues reminders every minute and applies the retention period of personal
// data every hour. Every instance may run it: claims in the database (lib/email/deliver.ts,
// lib/email/reminders.ts, lib/privacy/retention.ts) keep each e-mail to one sender and each
// registration to one anonymiser.
import 'server-only';
import { db } from '@/db';
import { appUrl } from '@/lib/config';
import { runPrivacyMaintenance } from '@/lib/privacy/retention';
import { manageUrl, mintManageLink } from '@/lib/registrations/notify';
import { deliverDueEmails } from './deliver';
import { queueReminders } from './reminders';
import { transportFromEnv } from './transport';

const REMINDER_EVERY_MS = 60_000;
const RETENTION_EVERY_MS = 60 * 60_000;
const KICK_DELAY_MS = 200;

type WorkerState = {
  timer: NodeJS.Timeout | null;
  /** When the pending timer fires (ms since epoch). */
  dueAt: number;
  running: Promise<void> | null;
  again: boolean;
  stopped: boolean;
  intervalMs: number;
  lastReminders: number;
  lastRetention: number;
  warnedNoTransport: boolean;
  onExit?: () => void;
};

// On globalThis: a hot reload in development re-evaluates this module but must not start a second loop.
const holder = globalThis as unknown as { tourEmailWorker?: WorkerState };

function intervalFromEnv(): number {
  const value = Number(process.env.EMAIL_WORKER_INTERVAL_MS);
  return Number.isFinite(value) && value >= 100 ? value : 5000;
}

/** Starts the loop once per process; later calls do nothing. */
export function startEmailWorker(): void {
  if (holder.tourEmailWorker) return;
  const state: WorkerState = {
    timer: null,
    dueAt: 0,
    running: null,
    again: false,
    stopped: false,
    intervalMs: intervalFromEnv(),
    lastReminders: 0,
    lastRetention: 0,
    warnedNoTransport: false,
  };
  holder.tourEmailWorker = state;
  state.onExit = () => stopTimers(state);
  process.once('exit', state.onExit);
  process.once('beforeExit', state.onExit);
  schedule(state, 1000);
}

/**
 * Asks for a delivery pass soon, e.g. right after a registration's transaction committed, instead
 * of waiting for the next tick. Calls within a short delay make one pass. Does nothing when the
 * worker is not running in this process (EMAIL_WORKER=off, tests, scripts): the messages wait in
 * the outbox for a worker.
 */
export function kickEmailDelivery(): void {
  const state = holder.tourEmailWorker;
  if (!state || state.stopped) return;
  if (state.running) {
    state.again = true;
    return;
  }
  // A pass already due sooner is not pushed back: a stream of kicks cannot starve delivery.
  if (state.timer && state.dueAt <= Date.now() + KICK_DELAY_MS) return;
  schedule(state, KICK_DELAY_MS);
}

/** Stops the loop and waits for the pass in progress. */
export async function stopEmailWorker(): Promise<void> {
  const state = holder.tourEmailWorker;
  if (!state) return;
  stopTimers(state);
  if (state.onExit) {
    process.off('exit', state.onExit);
    process.off('beforeExit', state.onExit);
  }
  await state.running;
  holder.tourEmailWorker = undefined;
}

function stopTimers(state: WorkerState) {
  state.stopped = true;
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
}

function schedule(state: WorkerState, delayMs: number) {
  if (state.stopped) return;
  if (state.timer) clearTimeout(state.timer);
  state.dueAt = Date.now() + delayMs;
  state.timer = setTimeout(() => {
    state.timer = null;
    state.running = tick(state).finally(() => {
      state.running = null;
      schedule(state, state.again ? KICK_DELAY_MS : state.intervalMs);
      state.again = false;
    });
  }, delayMs);
  // The loop never keeps a process alive on its own.
  state.timer.unref();
}

async function tick(state: WorkerState): Promise<void> {
  const now = new Date();
  if (now.getTime() - state.lastReminders >= REMINDER_EVERY_MS) {
    state.lastReminders = now.getTime();
    await run('queueing reminders', () => {
      const url = appUrl();
      return queueReminders(db, {
        now,
        appUrl: url,
        // Reminders carry a fresh private link, as every e-mail about a registration does.
        manageUrl: async (tx, registrationId) => manageUrl(url, await mintManageLink(tx, registrationId)),
      });
    });
  }
  const transport = transportFromEnv();
  if (!transport) {
    if (!state.warnedNoTransport) {
      console.info('[email] SMTP_URL is not set: e-mails stay pending in the outbox (see /dev/emails).');
      state.warnedNoTransport = true;
    }
  } else {
    await run('delivering e-mails', async () => {
      // Keep going while passes come back full, so a backlog drains faster than one batch per tick.
      for (let pass = 0; pass < 10 && !state.stopped; pass++) {
        const limit = 20;
        const result = await deliverDueEmails(db, { transport, limit });
        if (result.sent + result.failed + result.retried < limit) break;
      }
    });
  }
  // After delivery, so that a start with a backlog sends first; at the first tick, then hourly.
  if (!state.stopped && now.getTime() - state.lastRetention >= RETENTION_EVERY_MS) {
    state.lastRetention = now.getTime();
    await run('anonymising expired registrations', () => runPrivacyMaintenance(db, { now }));
  }
}

async function run(what: string, job: () => Promise<unknown>) {
  try {
    await job();
  } catch (error) {
    // A database or mail outage must not kill the loop: the next tick tries again.
    console.error(`[email] ${what} failed:`, error instanceof Error ? error.message : error);
  }
}
