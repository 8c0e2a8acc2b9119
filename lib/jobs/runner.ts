// The job runner of an app process (started by instrumentation.ts): graphile-worker on our
// database, woken by LISTEN/NOTIFY as soon as a transaction that added a job commits, polling only
// for jobs planned later (retries). It runs the tasks of lib/jobs/tasks.ts, on a pg pool of its
// own (db/job-queue.ts). Without SMTP_URL it runs the scheduled jobs but sends nothing: e-mails and
// their jobs stay pending in the queue until an instance with SMTP_URL takes them.
import 'server-only';
import { run, type Runner } from 'graphile-worker';
import { db } from '@/db';
import { databaseUrl } from '@/db/connect';
import { jobLogger } from '@/db/job-queue';
import { appUrl } from '@/lib/config';
import { transportFromEnv } from '@/lib/email/transport';
import { jobSchedule, jobTasks, TASKS, type TaskDeps } from './tasks';

/** Jobs run at once by one runner; its pool adds the listening connection and one to spare. */
const CONCURRENCY = 2;
const RESTART_DELAY_MS = 5000;

export type JobRunnerOptions = TaskDeps & {
  connectionString: string;
  /** When true, the queue's own log lines are dropped (the runner is stopping). */
  quiet?: () => boolean;
};

/** A runner with its own connections; stop it with `runner.stop()`. */
export async function createJobRunner(options: JobRunnerOptions): Promise<Runner> {
  const runner = await run({
    connectionString: options.connectionString,
    maxPoolSize: CONCURRENCY + 2,
    concurrency: CONCURRENCY,
    taskList: jobTasks(options),
    parsedCronItems: jobSchedule(options.transport !== null),
    logger: jobLogger(options.quiet),
    // Next.js has its own SIGTERM/SIGINT handlers; startJobRunner stops the runner on them.
    noHandleSignals: true,
  });
  // Messages written before the queue existed, or left without a job, go out now, not in 5 minutes.
  if (options.transport) await runner.addJob(TASKS.sweepEmails, {}, { jobKey: TASKS.sweepEmails });
  return runner;
}

type RunnerState = {
  runner: Runner | null;
  starting: Promise<void> | null;
  stopped: boolean;
  timer: NodeJS.Timeout | null;
  onSignal: () => void;
};

// On globalThis: a hot reload in development re-evaluates this module but must not start a second runner.
const holder = globalThis as unknown as { tourJobRunner?: RunnerState };

/** Starts this process's runner once; later calls do nothing. Retries every 5 s while the database is unreachable. */
export function startJobRunner(options: Partial<JobRunnerOptions> = {}): void {
  if (holder.tourJobRunner) return;
  const transport = options.transport === undefined ? transportFromEnv() : options.transport;
  if (!transport) console.info('[email] SMTP_URL is not set: e-mails stay pending in the outbox (see /dev/emails).');
  const state: RunnerState = { runner: null, starting: null, stopped: false, timer: null, onSignal: () => void stopJobRunner() };
  const resolved: JobRunnerOptions = {
    connectionString: options.connectionString ?? databaseUrl(),
    db: options.db ?? db,
    transport,
    appUrl: options.appUrl ?? appUrl,
    now: options.now,
    quiet: () => state.stopped,
  };
  holder.tourJobRunner = state;
  process.once('SIGTERM', state.onSignal);
  process.once('SIGINT', state.onSignal);

  const restartLater = () => {
    if (state.stopped) return;
    state.timer = setTimeout(start, RESTART_DELAY_MS);
    state.timer.unref();
  };
  function start() {
    state.timer = null;
    state.starting = createJobRunner(resolved).then(
      (runner) => {
        state.runner = runner;
        if (state.stopped) return; // stopJobRunner stops it
        console.info(`[jobs] runner started (${Object.keys(jobTasks(resolved)).join(', ')})`);
        runner.promise.then(
          () => {},
          (error) => {
            if (state.stopped) return;
            // Stopped by an error it could not get over: a new runner takes over after a pause.
            console.error(`[jobs] runner stopped: ${(error as Error).message}`);
            state.runner = null;
            restartLater();
          },
        );
      },
      (error) => {
        if (state.stopped) return;
        console.error(`[jobs] runner could not start, trying again in 5 s: ${(error as Error).message}`);
        restartLater();
      },
    );
  }
  start();
}

/** Stops taking jobs, waits for the running ones, then closes the runner's connections. */
export async function stopJobRunner(): Promise<void> {
  const state = holder.tourJobRunner;
  if (!state) return;
  state.stopped = true;
  if (state.timer) clearTimeout(state.timer);
  process.off('SIGTERM', state.onSignal);
  process.off('SIGINT', state.onSignal);
  await state.starting;
  await state.runner?.stop().catch((error) => console.error(`[jobs] stopping the runner failed: ${(error as Error).message}`));
  holder.tourJobRunner = undefined;
}

/** Whether this process runs a runner (tests, diagnostics). */
export function jobRunnerStarted(): boolean {
  return holder.tourJobRunner?.runner != null;
}
