// Next.js calls register() once when a server process starts. In production it refuses to start
// without the site's public address (links in e-mails are built from it, never from a request's
// Host). It then starts the job runner (lib/jobs/runner.ts: e-mails, reminders, retention): only
// in the Node.js runtime (it needs sockets and the database), not while `next build` prerenders,
// and not when EMAIL_WORKER=off (e.g. instances that only serve pages).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { appUrl } = await import('./lib/config');
  try {
    appUrl();
  } catch (error) {
    console.error(`[config] ${(error as Error).message}`);
    process.exit(1);
  }
  if (process.env.EMAIL_WORKER === 'off' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startJobRunner } = await import('./lib/jobs/runner');
  startJobRunner();
}
