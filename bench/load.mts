// Load generation (autocannon) and the processes the bench starts: the app, the bare server, nginx.
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

export type Load = { rps: number; p50: number; p99: number; requests: number; errors: number; non2xx: number };

/** Steady load on one URL: `connections` clients in a loop for `seconds`, after a short warm-up. */
export async function measure(url: string, connections: number, seconds = 10, headers: Record<string, string> = {}): Promise<Load> {
  await run({ url, connections, duration: 2, headers });
  const result = await run({ url, connections, duration: seconds, headers });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ timeout: 30, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export type Service = { process: ChildProcess; stop: () => Promise<void> };

// Whatever ends the bench (an error, Ctrl-C), the processes it started end with it.
const started = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGTERM');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (process.env.BENCH_SERVE !== '1') process.exit(130);
  });
}

/** Starts a command and waits until `ready` answers (an URL that gives any HTTP answer). */
export async function startService(command: string, args: string[], env: Record<string, string | undefined>, ready: string, name: string): Promise<Service> {
  const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  child.once('exit', () => started.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} s’est arrêté au démarrage :\n${output}`);
    try {
      await fetch(ready, { signal: AbortSignal.timeout(2000) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${name} ne répond pas sur ${ready} :\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
