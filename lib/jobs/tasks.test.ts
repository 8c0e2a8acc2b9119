// The queue's tasks and schedule, without a database: which tasks a runner offers, when the cron
// items fire, and what each task hands to its use case. tests/jobs/runner.db.test.ts runs them
// for real.
import type { JobHelpers, TimestampDigest } from 'graphile-worker';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/registrations/notify', () => ({ manageUrl: (url: string, token: string) => `${url}/inscription/${token}`, mintManageLink: vi.fn() }));
vi.mock('@/lib/email/deliver', () => ({ deliverEmail: vi.fn(), LEASE_MS: 15 * 60_000 }));
vi.mock('@/lib/email/reminders', () => ({ queueReminders: vi.fn() }));
vi.mock('@/lib/privacy/retention', () => ({ runPrivacyMaintenance: vi.fn() }));
vi.mock('@/db/queries/jobs', () => ({ SEND_EMAIL_TASK: 'send_email', queueOrphanEmails: vi.fn() }));

const { deliverEmail } = await import('@/lib/email/deliver');
const { queueReminders } = await import('@/lib/email/reminders');
const { runPrivacyMaintenance } = await import('@/lib/privacy/retention');
const { mintManageLink } = await import('@/lib/registrations/notify');
const { queueOrphanEmails } = await import('@/db/queries/jobs');
const { jobSchedule, jobTasks } = await import('./tasks');

const db = { name: 'app-db' } as never;
const transport = { sendMail: vi.fn() };
const NOW = new Date('2030-03-12T09:00:00Z');
const deps = { db, transport, appUrl: () => 'https://tour.example.org', now: () => NOW };
const helpers = {} as JobHelpers;

beforeEach(() => {
  vi.mocked(deliverEmail).mockReset().mockResolvedValue('sent');
  vi.mocked(queueReminders).mockReset().mockResolvedValue(0);
  vi.mocked(runPrivacyMaintenance).mockReset().mockResolvedValue({ anonymised: 0, batches: 0, cutoff: new Date(0) });
  vi.mocked(queueOrphanEmails).mockReset().mockResolvedValue([]);
});

/** The tasks the schedule starts during the given minutes of a Tuesday. */
function firing(withEmail: boolean, minutes: { hour: number; min: number }[]) {
  const items = jobSchedule(withEmail);
  return minutes.map(({ hour, min }) => {
    const digest: TimestampDigest = { min, hour, date: 12, month: 3, dow: 2 };
    return items.filter((item) => item.match(digest)).map((item) => item.task);
  });
}

describe('jobTasks', () => {
  it('sends e-mails and sweeps the outbox only with a transport; reminders and retention run either way', () => {
    expect(Object.keys(jobTasks(deps)).sort()).toEqual(['apply_retention', 'queue_reminders', 'send_email', 'sweep_emails']);
    expect(Object.keys(jobTasks({ ...deps, transport: null })).sort()).toEqual(['apply_retention', 'queue_reminders']);
  });

  it('send_email delivers the message of its payload through the transport, with the task’s clock', async () => {
    const id = '00000000-0000-4000-8000-000000000042';
    await jobTasks(deps).send_email!({ emailId: id }, helpers);
    expect(deliverEmail).toHaveBeenCalledWith(db, id, { now: NOW, transport });
  });

  it('send_email drops a job without a message id instead of failing it again and again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await jobTasks(deps).send_email!({ emailId: 'nope' }, helpers);
    expect(deliverEmail).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('queue_reminders queues them with the clock, the site’s address and a fresh private link', async () => {
    await jobTasks(deps).queue_reminders!({}, helpers);
    expect(queueReminders).toHaveBeenCalledTimes(1);
    const [options, passedDb] = vi.mocked(queueReminders).mock.calls[0];
    expect(passedDb).toBe(db);
    expect(options).toMatchObject({ now: NOW, appUrl: 'https://tour.example.org' });
    vi.mocked(mintManageLink).mockResolvedValue('jeton');
    expect(await options.manageUrl!({} as never, 'r1')).toBe('https://tour.example.org/inscription/jeton');
  });

  it('apply_retention applies the retention period with the task’s clock', async () => {
    await jobTasks(deps).apply_retention!({}, helpers);
    expect(runPrivacyMaintenance).toHaveBeenCalledWith({ now: NOW }, db);
  });

  it('sweep_emails queues the orphans due now whose job is missing or locked for longer than a lease', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    vi.mocked(queueOrphanEmails).mockResolvedValue(['a', 'b']);
    await jobTasks(deps).sweep_emails!({}, helpers);
    expect(queueOrphanEmails).toHaveBeenCalledWith(db, NOW, new Date(NOW.getTime() - 15 * 60_000), 500);
    expect(info).toHaveBeenCalledWith('[email] queued 2 pending e-mail(s) that had no job');
    info.mockRestore();
  });

  it('lets an error through, so that the queue retries the job with its backoff', async () => {
    vi.mocked(queueReminders).mockRejectedValueOnce(new Error('database down'));
    vi.mocked(runPrivacyMaintenance).mockRejectedValueOnce(new Error('database down'));
    vi.mocked(deliverEmail).mockRejectedValueOnce(new Error('database down'));
    const tasks = jobTasks(deps);
    await expect(tasks.queue_reminders!({}, helpers)).rejects.toThrow('database down');
    await expect(tasks.apply_retention!({}, helpers)).rejects.toThrow('database down');
    await expect(tasks.send_email!({ emailId: '00000000-0000-4000-8000-000000000042' }, helpers)).rejects.toThrow('database down');
  });
});

describe('jobSchedule', () => {
  it('queues reminders every minute, applies retention at the top of each hour, sweeps every five minutes', () => {
    const minutes = [
      { hour: 9, min: 0 },
      { hour: 9, min: 1 },
      { hour: 9, min: 5 },
      { hour: 9, min: 59 },
      { hour: 10, min: 0 },
    ];
    expect(firing(true, minutes)).toEqual([
      ['queue_reminders', 'apply_retention', 'sweep_emails'],
      ['queue_reminders'],
      ['queue_reminders', 'sweep_emails'],
      ['queue_reminders'],
      ['queue_reminders', 'apply_retention', 'sweep_emails'],
    ]);
    expect(firing(false, minutes)).toEqual([
      ['queue_reminders', 'apply_retention'],
      ['queue_reminders'],
      ['queue_reminders'],
      ['queue_reminders'],
      ['queue_reminders', 'apply_retention'],
    ]);
  });

  it('catches up on the last hour’s retention missed while no runner was up; a late run never piles up', () => {
    const items = Object.fromEntries(jobSchedule(true).map((item) => [item.task, item.options]));
    expect(items.apply_retention.backfillPeriod).toBe(3600_000);
    expect(items.queue_reminders.backfillPeriod).toBe(0);
    for (const options of Object.values(items)) expect(options.jobKey).toBeTruthy();
  });
});
