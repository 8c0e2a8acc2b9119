import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/db', () => ({ db: { name: 'app-db' } }));
vi.mock('@/lib/registrations/notify', () => ({ manageUrl: vi.fn(), mintManageLink: vi.fn() }));
vi.mock('./deliver', () => ({ deliverDueEmails: vi.fn() }));
vi.mock('./reminders', () => ({ queueReminders: vi.fn() }));
vi.mock('./transport', () => ({ transportFromEnv: vi.fn() }));
vi.mock('@/lib/privacy/retention', () => ({ runPrivacyMaintenance: vi.fn() }));

const { deliverDueEmails } = await import('./deliver');
const { queueReminders } = await import('./reminders');
const { transportFromEnv } = await import('./transport');
const { runPrivacyMaintenance } = await import('@/lib/privacy/retention');
const { kickEmailDelivery, startEmailWorker, stopEmailWorker } = await import('./worker');

const deliver = vi.mocked(deliverDueEmails);
const remind = vi.mocked(queueReminders);
const retain = vi.mocked(runPrivacyMaintenance);
const transport = { sendMail: vi.fn() };

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubEnv('EMAIL_WORKER_INTERVAL_MS', '5000');
  deliver.mockReset().mockResolvedValue({ sent: 0, failed: 0, retried: 0 });
  remind.mockReset().mockResolvedValue(0);
  retain.mockReset().mockResolvedValue({ anonymised: 0, batches: 0, cutoff: new Date(0) });
  vi.mocked(transportFromEnv).mockReset().mockReturnValue(transport as never);
});

afterEach(async () => {
  await stopEmailWorker();
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('startEmailWorker', () => {
  it('runs one loop per process: delivery every interval, reminders every minute', async () => {
    startEmailWorker();
    startEmailWorker();
    await vi.advanceTimersByTimeAsync(1000);
    expect(deliver).toHaveBeenCalledTimes(1);
    expect(deliver).toHaveBeenCalledWith({ name: 'app-db' }, { transport, limit: 20 });
    expect(remind).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(deliver).toHaveBeenCalledTimes(2);
    expect(remind).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(deliver).toHaveBeenCalledTimes(14);
    expect(remind).toHaveBeenCalledTimes(2);
  });

  it('keeps going after errors', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    deliver.mockRejectedValueOnce(new Error('connection refused'));
    remind.mockRejectedValueOnce(new Error('database down'));
    startEmailWorker();
    await vi.advanceTimersByTimeAsync(1000);
    expect(error).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(deliver).toHaveBeenCalledTimes(2);
  });

  it('drains a backlog with several passes in a row', async () => {
    deliver.mockResolvedValueOnce({ sent: 20, failed: 0, retried: 0 }).mockResolvedValueOnce({ sent: 15, failed: 2, retried: 3 });
    startEmailWorker();
    await vi.advanceTimersByTimeAsync(1000);
    expect(deliver).toHaveBeenCalledTimes(3);
  });

  it('queues reminders but sends nothing without SMTP_URL', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {});
    vi.mocked(transportFromEnv).mockReturnValue(null);
    startEmailWorker();
    await vi.advanceTimersByTimeAsync(1000);
    expect(remind).toHaveBeenCalledTimes(1);
    expect(deliver).not.toHaveBeenCalled();
  });

  it('applies the retention period at the first tick, then every hour, with the tick’s clock', async () => {
    startEmailWorker();
    await vi.advanceTimersByTimeAsync(1000);
    expect(retain).toHaveBeenCalledTimes(1);
    expect(retain.mock.calls[0][0]).toEqual({ name: 'app-db' });
    expect(retain.mock.calls[0][1].now).toBeInstanceOf(Date);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(retain).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(retain).toHaveBeenCalledTimes(2);
  });

  it('applies the retention period without SMTP_URL too, and keeps going when it fails', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.mocked(transportFromEnv).mockReturnValue(null);
    retain.mockRejectedValueOnce(new Error('database down'));
    startEmailWorker();
    await vi.advanceTimersByTimeAsync(1000);
    expect(retain).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(retain).toHaveBeenCalledTimes(2);
    expect(remind).toHaveBeenCalled();
  });

  it('stops', async () => {
    startEmailWorker();
    await vi.advanceTimersByTimeAsync(1000);
    await stopEmailWorker();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(deliver).toHaveBeenCalledTimes(1);
  });
});

describe('kickEmailDelivery', () => {
  it('makes one delivery pass soon after a burst of kicks', async () => {
    startEmailWorker();
    await vi.advanceTimersByTimeAsync(1000);
    expect(deliver).toHaveBeenCalledTimes(1);
    kickEmailDelivery();
    kickEmailDelivery();
    await vi.advanceTimersByTimeAsync(100);
    kickEmailDelivery();
    await vi.advanceTimersByTimeAsync(150);
    expect(deliver).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(deliver).toHaveBeenCalledTimes(2);
  });

  it('runs another pass right after the one in progress', async () => {
    let finish!: () => void;
    deliver.mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve({ sent: 1, failed: 0, retried: 0 }))));
    startEmailWorker();
    await vi.advanceTimersByTimeAsync(1000);
    kickEmailDelivery();
    finish();
    await vi.advanceTimersByTimeAsync(250);
    expect(deliver).toHaveBeenCalledTimes(2);
  });

  it('does nothing when the worker is not running in this process', async () => {
    kickEmailDelivery();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(deliver).not.toHaveBeenCalled();
  });
});
