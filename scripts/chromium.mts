// Finds the Chromium the browser tests run in, or installs one, in this order: CHROMIUM_PATH; a system
// Chromium on PATH; Playwright's own browser (installed by `npx playwright install chromium` when
// missing and the network allows it); on Debian or Ubuntu as root, `apt-get install chromium`.
// The machine is reached only through the probes, so every branch can be tested without installing.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type Probes = {
  env: Record<string, string | undefined>;
  /** The full path of an executable found on PATH, or undefined. */
  which: (name: string) => string | undefined;
  exists: (file: string) => boolean;
  /** Runs a command with its output hidden; answers its exit code. */
  run: (command: string, args: string[], env?: Record<string, string>) => number;
  /** Where Playwright keeps (or would keep) its own Chromium. */
  playwrightChromium: () => string;
  isRoot: () => boolean;
  log: (line: string) => void;
};

export type Found = { path: string; source: 'CHROMIUM_PATH' | 'système' | 'Playwright' | 'apt-get' } | { error: string };

export const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

export const NOT_FOUND =
  'Chromium introuvable : installez-le (apt-get install chromium, ou npx playwright install chromium) ou donnez son chemin dans CHROMIUM_PATH.';

/** With `install: false` it only looks (for playwright.config.ts, which must not install anything). */
export function findChromium(p: Probes, { install = true } = {}): Found {
  const given = p.env.CHROMIUM_PATH;
  if (given) return p.exists(given) ? { path: given, source: 'CHROMIUM_PATH' } : { error: `CHROMIUM_PATH=${given} : fichier introuvable.` };

  const system = findOnPath(p);
  if (system) return system;

  // Playwright's download brings the browser but not the system libraries it links to: a browser
  // that cannot even print its version (libnss3 missing…) is passed over for apt-get's.
  const playwright = p.playwrightChromium();
  const starts = () => p.exists(playwright) && p.run(playwright, ['--version']) === 0;
  if (p.exists(playwright) && starts()) return { path: playwright, source: 'Playwright' };
  if (!install) return { error: NOT_FOUND };

  p.log('Chromium absent : téléchargement du Chromium de Playwright…');
  // A short connection timeout: without network the download fails in seconds instead of retrying.
  if (p.run('npx', ['playwright', 'install', 'chromium'], { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '10000' }) === 0 && starts()) {
    return { path: playwright, source: 'Playwright' };
  }

  if (p.isRoot() && p.exists('/etc/debian_version') && p.which('apt-get')) {
    p.log('Téléchargement impossible : installation de Chromium par apt-get…');
    const apt = { DEBIAN_FRONTEND: 'noninteractive' };
    if (p.run('apt-get', ['update', '-qq'], apt) === 0 && p.run('apt-get', ['install', '-y', '-qq', 'chromium'], apt) === 0) {
      const installed = findOnPath(p);
      if (installed) return { ...installed, source: 'apt-get' };
    }
  }
  return { error: NOT_FOUND };
}

function findOnPath(p: Probes): Found | undefined {
  for (const name of SYSTEM_NAMES) {
    const found = p.which(name);
    if (found) return { path: found, source: 'système' };
  }
  return undefined;
}

function which(name: string, env: Record<string, string | undefined>): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

export function machineProbes(env: Record<string, string | undefined> = process.env): Probes {
  return {
    env,
    which: (name) => which(name, env),
    exists: existsSync,
    run: (command, args, extra = {}) => spawnSync(command, args, { stdio: 'ignore', env: { ...env, ...extra } as NodeJS.ProcessEnv }).status ?? 1,
    playwrightChromium: () => {
      // Loaded lazily: only this branch needs it. Honours PLAYWRIGHT_BROWSERS_PATH as Playwright does.
      const { chromium } = createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test');
      return chromium.executablePath();
    },
    isRoot: () => process.getuid?.() === 0,
    log: (line) => console.log(line),
  };
}

/** For the test runners: the browser's path, or one line saying what to do and exit code 1. */
export function chromiumForTests(env: Record<string, string | undefined> = process.env): string {
  const found = findChromium(machineProbes(env));
  if ('error' in found) {
    console.error(found.error);
    process.exit(1);
  }
  console.log(`Chromium : ${found.path} (${found.source})`);
  return found.path;
}
