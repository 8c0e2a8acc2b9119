// Next.js calls register() once when a server process starts: it starts the e-mail worker there.
// Only in the Node.js runtime (the worker needs sockets and the database pool), and not when
// EMAIL_WORKER=off (e.g. instances that should only serve pages while another one sends).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.EMAIL_WORKER === 'off') return;
  const { startEmailWorker } = await import('./lib/email/worker');
  startEmailWorker();
}
